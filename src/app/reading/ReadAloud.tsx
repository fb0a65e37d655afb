import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../components/Pictogram';

// Read-aloud with the phone's own voices (speechSynthesis): nothing is sent anywhere. The button
// is there only when the phone has a voice for the reader's language; otherwise a crossed-out
// speaker says so in a picture (with the sentence as its accessible name): a person who cannot
// read is exactly the one who would not read a sentence saying that read-aloud cannot help.

/** A text in a language of its own: the Dutch title of an appointment, read in Dutch. */
export interface ReadPart {
  text: string;
  lang: string;
}

function voiceFor(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | undefined {
  return voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === language);
}

function currentVoices(): SpeechSynthesisVoice[] {
  return typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices();
}

function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState(currentVoices);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoices(currentVoices());
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

// One voice speaks at a time: a button that starts tells the one that was speaking to stop showing "stop".
let speaker: string | null = null;
const listeners = new Set<() => void>();
function setSpeaker(id: string | null) {
  speaker = id;
  for (const l of listeners) l();
}

interface Props {
  /** What to read, in order (e.g. a section's title and its lines); a ReadPart in its own language. */
  texts: (string | ReadPart)[];
  /** Language of the texts; defaults to the app's language (Dutch notes from a consulent pass 'nl'). */
  language?: string;
  /** Show nothing (instead of the crossed-out speaker) without a voice: for a Dutch text beside a translated one. */
  quiet?: boolean;
}

export function ReadAloud({ texts, language, quiet = false }: Props) {
  const { t, i18n } = useTranslation();
  const lang = language ?? i18n.language;
  const voices = useVoices();
  const voice = voiceFor(voices, lang);
  const id = useId();
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const listener = () => setSpeaking(speaker === id);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (speaker === id) {
        speechSynthesis.cancel();
        setSpeaker(null);
      }
    };
  }, [id]);

  if (!voice) {
    if (quiet) return null;
    return (
      <span className="read-aloud read-aloud--none" role="img" aria-label={t('readAloud.noVoice')} title={t('readAloud.noVoice')}>
        <Pictogram name="noVoice" size={32} />
      </span>
    );
  }

  function start() {
    speechSynthesis.cancel();
    // Each part in its own language's voice; a part whose language this phone cannot speak is left out.
    const parts = texts
      .map((part) => (typeof part === 'string' ? { text: part, lang } : part))
      .map((part) => ({ ...part, voice: voiceFor(voices, part.lang) }))
      .filter((part) => part.text.trim() && part.voice);
    parts.forEach((part, i) => {
      const utterance = new SpeechSynthesisUtterance(part.text);
      utterance.voice = part.voice ?? null;
      utterance.lang = part.voice?.lang ?? part.lang;
      utterance.rate = 0.9;
      if (i === parts.length - 1) utterance.onend = () => speaker === id && setSpeaker(null);
      speechSynthesis.speak(utterance);
    });
    setSpeaker(parts.length > 0 ? id : null);
  }

  function stop() {
    speechSynthesis.cancel();
    setSpeaker(null);
  }

  // A Dutch text's own button says it reads the Dutch: beside a card's button in the reader's language.
  return (
    <button type="button" className="utrecht-button utrecht-button--secondary-action read-aloud" onClick={speaking ? stop : start} aria-pressed={speaking}>
      <Pictogram name="speaker" size={24} /> {speaking ? t('readAloud.stop') : lang === 'nl' && i18n.language !== 'nl' ? t('readAloud.startDutch') : t('readAloud.start')}
    </button>
  );
}
