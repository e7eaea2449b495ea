/** Messages about keeping data in this browser (storage full or refused). English catalogue. */
export const reliabilityMessages = {
  'persist.quota': 'this browser’s storage for this page is full; remove files you no longer need, or free space in the browser’s site settings',
  'persist.unavailable': 'this browser does not let this page keep data (private browsing or a site setting)',
} as const;
