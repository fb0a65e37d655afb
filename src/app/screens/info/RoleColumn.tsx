import { useId } from 'react';
import type { ContactRole } from '../../../gemeenten/types';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { SOURCE_LANGUAGE } from '../../i18n/languages';
import { Bilingual } from '../../reading/Bilingual';
import { useInfoTexts, splitLines } from './useInfoTexts';

/** Roles with a full description in info.json (`other` is just "another organisation"). */
export type DescribedRole = Exclude<ContactRole, 'other'>;

export function isDescribedRole(role: ContactRole): role is DescribedRole {
  return role !== 'other';
}

function Checklist({ text, dutch, picture }: { text: string; dutch: string | null | undefined; picture: PictogramName }) {
  const lines = splitLines(text);
  const dutchLines = dutch ? splitLines(dutch) : [];
  return (
    <ul className="role__list">
      {lines.map((line, i) => (
        <li key={i}>
          <Pictogram name={picture} size={20} />
          <Bilingual as="span" dutch={dutchLines.length === lines.length ? dutchLines[i] : undefined}>
            {line}
          </Bilingual>
        </li>
      ))}
    </ul>
  );
}

/** One role: who it is, what this person helps you with and what not. */
interface Props {
  role: DescribedRole;
  picture: PictogramName;
  organisation?: string | undefined;
  /** Off when a drawing above already shows what this person helps with. */
  showDoes?: boolean;
}

export function RoleColumn({ role, picture, organisation, showDoes = true }: Props) {
  const { t, tNl, tDutch, language } = useInfoTexts();
  const id = useId();
  return (
    <section className="card role" aria-labelledby={id}>
      <Pictogram name={picture} size={48} />
      <Bilingual as="h3" id={id} dutch={tNl?.(`roles.${role}.name`)}>
        {t(`roles.${role}.name`)}
      </Bilingual>
      {language !== SOURCE_LANGUAGE && (
        <p className="utrecht-paragraph official-name" lang="nl">
          {tDutch(`roles.${role}.name`)}
        </p>
      )}
      {organisation && <p className="utrecht-paragraph role__organisation">{organisation}</p>}
      <Bilingual className="hint" dutch={tNl?.(`roles.${role}.short`)}>
        {t(`roles.${role}.short`)}
      </Bilingual>
      {showDoes && (
        <>
          <h4>{t('help.does')}</h4>
          <Checklist text={t(`roles.${role}.does`)} dutch={tNl?.(`roles.${role}.does`)} picture="coming" />
        </>
      )}
      <h4>{t('help.doesNot')}</h4>
      <Checklist text={t(`roles.${role}.doesNot`)} dutch={tNl?.(`roles.${role}.doesNot`)} picture="notComing" />
    </section>
  );
}
