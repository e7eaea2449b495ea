/** Messages of the global controls, exports, error boundaries and print layout. English catalogue. */
export const controlMessages = {} as const;
