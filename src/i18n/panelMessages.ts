/** Messages of the analysis panels (churn, value, RFM, surveys, lifecycle). English catalogue. */
export const panelMessages = {} as const;
