/** shipgate's version, stamped into every output (kept equal to package.json by a test). */
export declare const SHIPGATE_VERSION = "0.1.0";
