import type { Handler } from '../context';
import { organizationJson } from '../shapes';

/** The agent's orgs in this data center (checks.ts made sure it is the agent's): matched by `portalName`. */
export const listOrganizations: Handler = ({ world, agent }) => {
  const orgs = world.orgs.filter((org) => agent.orgIds.includes(org.id) && org.dataCenter === agent.dataCenter);
  return {
    status: 200,
    json: { data: orgs.map((org, index) => organizationJson(org, agent.dataCenter, index === 0, agent.email)) },
  };
};
