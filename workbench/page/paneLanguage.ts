/**
 * Follows the language the task pane shows. The pane is a separate bundle with its own i18next, so
 * the page reads what the pane renders: the `lang` attribute on its outermost element.
 * @returns the function that stops observing
 */
export function observePaneLanguage(paneRoot: HTMLElement, onLanguage: (lang: string) => void): () => void {
  let last: string | null = null;
  const check = () => {
    const lang = paneRoot.querySelector("[lang]")?.getAttribute("lang") ?? null;
    if (lang !== null && lang !== last) {
      last = lang;
      onLanguage(lang);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(paneRoot, { subtree: true, childList: true, attributes: true, attributeFilter: ["lang"] });
  check();
  return () => observer.disconnect();
}
