/** Types of scripts/baseUrl.js (CommonJS, run by webpack without a TypeScript step). */
export declare const DEV_BASE_URL: "https://localhost:3000/";
export declare function validateBaseUrl(value: string): string;
export declare function resolveBaseUrl(value: string | undefined): string;
export declare function rewriteBaseUrl(text: string, baseUrl: string): string;
