import "i18next";
import type { enUS } from "./en-US";

// i18next's documented type augmentation: t() and useTranslation()'s t accept only keys of the
// English strings, so a misspelt or removed key fails tsc instead of showing a raw key in the pane.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof enUS };
    returnNull: false;
  }
}
