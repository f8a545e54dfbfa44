/**
 * The workbench URL's platform option: `?platform=web` or `?platform=desktop` picks the
 * emulator's platform profile. Without it the page runs the web profile with the emulator's
 * lenient defaults (suspended calculation only counted, responses not limited), as before the
 * profiles existed; the preview banner's control always writes the option, so a chosen platform
 * is modelled in full.
 */
import { PLATFORM_NAMES, type PlatformName } from "@workbench/emulator/profiles";

/**
 * The platform a URL's query names, or undefined when it names none (or an unknown one).
 *
 * @example
 * platformFromSearch("?lang=zh-CN&platform=desktop") //=> "desktop"
 */
export function platformFromSearch(search: string): PlatformName | undefined {
  const value = new URLSearchParams(search).get("platform");
  return PLATFORM_NAMES.find((name) => name === value);
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
