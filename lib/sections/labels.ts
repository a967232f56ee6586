import { labelSchema } from '../messages/shapes';
import { assignLabels, listLabels, listUserLabels, removeLabels } from '../zoho/labels';
import { perHelpCenterSet } from './user-set-declaration';

/** A help-center user's labels: a catalogue and a set per help center (one user id can stand in several). */
export const labels = perHelpCenterSet('labels', labelSchema, { catalogue: listLabels, ofUser: listUserLabels, add: assignLabels, remove: removeLabels });
