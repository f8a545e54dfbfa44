/**
 * The workbench URL's platform option: `?platform=web` or `?platform=desktop` picks the
 * emulator's platform profile. Without it the page runs `web`, in full (5 MB requests and
 * responses, real suspended calculation, ExcelApiOnline present): the stricter profile for
 * payloads, which the end-to-end tests run on. The preview banner's control writes the option.
 */
import { PLATFORM_NAMES, type PlatformName } from "@workbench/emulator/profiles";

/**
 * The platform a URL's query names, or `web` when it names none (or an unknown one).
 *
 * @example
 * platformFromSearch("?lang=zh-CN&platform=desktop") //=> "desktop"
 * platformFromSearch("?lang=zh-CN") //=> "web"
 */
export function platformFromSearch(search: string): PlatformName {
  const value = new URLSearchParams(search).get("platform");
  return PLATFORM_NAMES.find((name) => name === value) ?? "web";
}

/**
 * The query with the platform option set, other options kept.
 *
 * @example
 * searchWithPlatform("?lang=zh-CN", "desktop") //=> "?lang=zh-CN&platform=desktop"
 */
export function searchWithPlatform(search: string, platform: PlatformName): string {
  const params = new URLSearchParams(search);
  params.set("platform", platform);
  return `?${params.toString()}`;
}
