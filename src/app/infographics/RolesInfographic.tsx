import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram, type PictogramName } from '../components/Pictogram';
import './infographics.css';

// "Who helps you with what": you in the middle, the two people who help you on either side, and
// under each the things to ask them. The two cards sit side by side in reading direction.

export interface RoleCard {
  name: string;
  picture: PictogramName;
  /** Short lines: what to ask this person. */
  tasks: string[];
}

export function RolesInfographic({ first, second }: { first: RoleCard; second: RoleCard }) {
  const { t } = useTranslation('infographic');
  const id = useId();
  return (
    <figure className="infographic" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="infographic__caption">
        {t('roles.caption')}
      </figcaption>
      <div className="roles__you">
        <Pictogram name="person" size={48} />
        <span>{t('roles.you')}</span>
      </div>
      <svg viewBox="0 0 340 40" className="infographic__drawing roles__arrows" aria-hidden="true" focusable="false">
        <path d="M170 4 L85 34 M170 4 L255 34" stroke="#1a1a1a" strokeWidth={3} fill="none" />
        <path d="M78 26 l7 8 l9 -5 M262 26 l-7 8 l-9 -5" stroke="#1a1a1a" strokeWidth={3} fill="none" />
      </svg>
      <div className="roles__cards">
        {[first, second].map((role) => (
          <section key={role.name} className="roles__card" aria-label={role.name}>
            <Pictogram name={role.picture} size={44} />
            <h3 className="utrecht-heading-3" dir="auto">{role.name}</h3>
            <ul>
              {role.tasks.map((task) => (
                <li key={task}>{task}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </figure>
  );
}
