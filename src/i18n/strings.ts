/**
 * The shape a translation must fill: the keys of the English strings, every leaf a string. A
 * feature exports `<feature>EnUS` from `features/<feature>.ts` and `<feature>ZhCN: Strings<typeof <feature>EnUS>` from `features/<feature>.zh-CN.ts`.
 */
export type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
