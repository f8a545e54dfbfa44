/**
 * The shape a translation must fill: the keys of the English strings, every leaf a string. A
 * feature's strings file exports `<feature>EnUS` and `<feature>ZhCN: Strings<typeof <feature>EnUS>`.
 */
export type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
