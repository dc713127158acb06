/** Node-only helpers (file system, streams). */
export const nodePlaceholder = true;
