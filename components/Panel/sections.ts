import { badgesSection } from '../Badges/Badges';
import type { PanelSection } from '../common/panel-section';
import { DuplicatesSection } from '../Duplicates/Duplicates';
import { groupsSection } from '../Groups/Groups';
import { HelpCentersSection } from '../HelpCenters/HelpCenters';
import { labelsSection } from '../Labels/Labels';

// The contact panel's sections, in the order it shows them. A new section is its folder and one entry here:
// the panel's layout and the reads of a user's set follow from this list.
export const panelSections: readonly PanelSection[] = [
  { Component: HelpCentersSection },
  badgesSection,
  labelsSection,
  groupsSection,
  { Component: DuplicatesSection },
];
