import { describe, expect, it } from 'vitest';
import { rijswijk as RIJSWIJK } from '../../../gemeenten/rijswijk';
import { zevenaar as ZEVENAAR } from '../../../gemeenten/zevenaar';
import { isReadyQuestion, recipientFor } from './readyQuestions';

describe('who a ready-made question goes to', () => {
  it('sends a letter question to the begeleider where the dossier has one', () => {
    for (const gemeente of [RIJSWIJK, ZEVENAAR]) {
      expect(recipientFor('letter', gemeente.topics, [gemeente.regieRole, 'maatschappelijk-begeleider'])).toBe('maatschappelijk-begeleider');
    }
  });

  it('else to the consulent or casusregisseur, the first recipient', () => {
    expect(recipientFor('letter', RIJSWIJK.topics, ['consulent-inburgering'])).toBe('consulent-inburgering');
    expect(recipientFor('letter', ZEVENAAR.topics, ['casusregisseur'])).toBe('casusregisseur');
  });

  it('follows the municipality: a topic of the consulent stays with the consulent', () => {
    expect(recipientFor('lessons', RIJSWIJK.topics, ['consulent-inburgering', 'maatschappelijk-begeleider'])).toBe('consulent-inburgering');
  });

  it('knows the ready-made questions by their keys only', () => {
    expect(isReadyQuestion('letter')).toBe(true);
    expect(isReadyQuestion('letters')).toBe(false);
    expect(isReadyQuestion(null)).toBe(false);
  });
});
