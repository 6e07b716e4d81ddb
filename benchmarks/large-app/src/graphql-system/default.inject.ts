export const scalars = {};
