import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../components/Pictogram';

// Read-aloud with the phone's own voices (speechSynthesis): nothing is sent anywhere. The button
// is there only when the phone has a voice for the language; otherwise a short note says so.

function voiceFor(language: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const voices = speechSynthesis.getVoices();
  return voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === language);
}

function useVoice(language: string): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState(() => voiceFor(language));
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoice(voiceFor(language));
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update);
      speechSynthesis.cancel();
    };
  }, [language]);
  return voice;
}

interface Props {
  /** What to read, in order (e.g. a section's title and its lines). */
  texts: string[];
  /** Language of the texts; defaults to the app's language (Dutch notes from a consulent pass 'nl'). */
  language?: string;
  /** Show nothing (instead of the note) without a voice: for texts repeated down a list. */
  quiet?: boolean;
}

export function ReadAloud({ texts, language, quiet = false }: Props) {
  const { t, i18n } = useTranslation();
  const lang = language ?? i18n.language;
  const voice = useVoice(lang);
  const [speaking, setSpeaking] = useState(false);

  if (!voice) return quiet ? null : <p className="hint read-aloud__none">{t('readAloud.noVoice')}</p>;

  function start() {
    speechSynthesis.cancel();
    texts.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice ?? null;
      utterance.lang = voice?.lang ?? lang;
      utterance.rate = 0.9;
      if (i === texts.length - 1) utterance.onend = () => setSpeaking(false);
      speechSynthesis.speak(utterance);
    });
    setSpeaking(true);
  }

  function stop() {
    speechSynthesis.cancel();
    setSpeaking(false);
  }

  return (
    <button type="button" className="button read-aloud" onClick={speaking ? stop : start} aria-pressed={speaking}>
      <Pictogram name="speaker" size={24} /> {speaking ? t('readAloud.stop') : t('readAloud.start')}
    </button>
  );
}
