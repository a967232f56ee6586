import { page, requireOrg, type Handler } from '../context';
import { helpCenterJson } from '../shapes';

/** 1-based `from`; the spec gives `limit` no default, Desk's usual is 10. */
export const listHelpCenters: Handler = (context) => {
  const org = requireOrg(context);
  const withTranslate = context.query.include === 'translateSettings';
  const items = page(org.helpCenters, context.query, 1, 10).map((helpCenter) => helpCenterJson(helpCenter, withTranslate));
  return { status: 200, json: { data: items } };
};
