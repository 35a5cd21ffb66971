/** The asterisk only: the request's schema does the checking (see useSchemaSubmit). */
export const REQUIRED = { required: true } as const;
