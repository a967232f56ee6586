import type { FunctionComponent } from 'preact';
import type { UserSetShape } from '@/lib/sections/user-set';

/**
 * One section of the contact panel, in the order the panel lists them (components/Panel/sections.ts). A "user's
 * set" section names its shape: the contact view's reads include its sets and catalogues.
 */
export interface PanelSection {
  set?: UserSetShape;
  Component: FunctionComponent;
}
