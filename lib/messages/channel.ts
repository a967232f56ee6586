/** The tag on every message between the extension's parts (and the name of a view's port): one protocol version. */
export const CHANNEL = 'desk-companion/v1';
