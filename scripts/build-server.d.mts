/** Bundles one entry (relative to the repository) into outfile with esbuild; throws on failure. */
export function bundleServer(entry: string, outfile: string): void;
