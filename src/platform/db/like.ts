/** `%`, `_` and `\` typed by a user mean themselves in a LIKE pattern. */
const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');

/** A LIKE / ILIKE pattern that matches `text` anywhere. */
export const containing = (text: string) => `%${escapeLike(text)}%`;

/** A LIKE / ILIKE pattern that matches values starting with `text`. */
export const startingWith = (text: string) => `${escapeLike(text)}%`;
