// Node has WebCrypto but no IndexedDB, where the secret box keeps its key (lib/auth/secret-box.ts).
import 'fake-indexeddb/auto';
