import type zh from './zh';

/** Same keys as T, every leaf a string: what each language must provide. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export type Resource = Shape<typeof zh>;
