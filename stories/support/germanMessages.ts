import { type TagMessages } from "../../src";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * A complete German translation of the form's text: what the "Language" toolbar switch and the
 * "Custom messages" story pass as `messages`. Numbers and plurals are plain functions.
 */
export const germanMessages: TagMessages = {
  titleLabel: "Titel",
  titleHint: null,
  descriptionLabel: "Beschreibung",
  descriptionHint: "Optional. Wann soll dieses Tag verwendet werden?",
  submitLabel: "Tag erstellen",
  submittingLabel: "Tag wird erstellt…",
  cancelLabel: "Abbrechen",
  created: (tag) => `Tag „${tag.title}“ erstellt`,
  characterCount: (count, max) => `${count} / ${max}`,
  characterLimit: (max) => `Sie können bis zu ${plural(max, "Zeichen", "Zeichen")} eingeben`,
  charactersRemaining: (remaining) => `Noch ${plural(remaining, "Zeichen", "Zeichen")}`,
  charactersTooMany: (over) => `${plural(over, "Zeichen", "Zeichen")} zu viel`,
  titleRequired: "Geben Sie einen Titel ein",
  titleTooLong: (max) => `Der Titel darf höchstens ${plural(max, "Zeichen", "Zeichen")} lang sein`,
  titleMalformed: "Der Titel enthält ein Zeichen, das nicht gespeichert werden kann. Entfernen Sie es.",
  descriptionTooLong: (max) => `Die Beschreibung darf höchstens ${plural(max, "Zeichen", "Zeichen")} lang sein`,
  descriptionMalformed: "Die Beschreibung enthält ein Zeichen, das nicht gespeichert werden kann. Entfernen Sie es.",
  serverFieldError: (message) => `Vom Server abgelehnt: ${message}`,
  errorValidation: (details) =>
    details.length > 0
      ? `Das Tag wurde nicht angenommen: ${details.join("; ")}`
      : "Das Tag wurde nicht angenommen. Prüfen Sie die Angaben.",
  errorUnauthorized: "Sie sind abgemeldet. Melden Sie sich erneut an und erstellen Sie dann das Tag.",
  errorForbidden: "Sie dürfen in diesem Workspace keine Tags erstellen.",
  errorForbiddenOrigin: "Diese Seite darf keine Tags erstellen: Anfragen von einer anderen Website werden abgelehnt.",
  errorNotFound: "Der Tag-Dienst wurde nicht gefunden. Bitten Sie den Betreiber, die Adresse zu prüfen.",
  errorRateLimited: (seconds) =>
    seconds === null
      ? "Zu viele Anfragen. Warten Sie einen Moment."
      : `Zu viele Anfragen. Versuchen Sie es in ${plural(seconds, "Sekunde", "Sekunden")} erneut.`,
  errorServer: "Auf dem Server ist ein Fehler aufgetreten. Das Tag wurde nicht erstellt.",
  errorNetwork: "Der Tag-Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung.",
  errorTimeout: "Der Tag-Dienst hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.",
  errorInvalidResponse:
    "Die Antwort des Tag-Dienstes war unlesbar. Das Tag wurde eventuell erstellt: Prüfen Sie die Liste.",
  errorUnknown: "Etwas ist schiefgelaufen. Versuchen Sie es erneut.",
};
