import { WriteOffItem } from '../item.commands';
import { CENTRE, ITEM, MEMBER, camera, history, issue, masks, spec } from './spec-support';

const writeOff = (holder: WriteOffItem['holder'], quantity = 1): WriteOffItem => ({
  type: 'WriteOffItem',
  holder,
  quantity,
  reason: 'not-recovered',
  evidenceRef: ' Death certificate DC-2026-19 ',
  writtenOffOn: '2026-01-14',
});

describe('WriteOffItem', () => {
  it('writes off what a holder had, with its evidence; a serial item then accepts nothing', () => {
    const given = history(camera, issue(MEMBER));
    spec
      .given(given)
      .when(writeOff(MEMBER))
      .then([
        {
          type: 'ItemWrittenOff',
          data: {
            itemId: ITEM,
            holder: MEMBER,
            quantity: 1,
            reason: 'not-recovered',
            evidenceRef: 'Death certificate DC-2026-19',
            writtenOffOn: '2026-01-14',
          },
        },
      ]);
    spec
      .given(history(camera, issue(MEMBER), writeOff(MEMBER)))
      .when(issue(MEMBER))
      .thenThrows('ITEM_WRITTEN_OFF');
  });

  it('writes off part of a consumable from the stock; the rest remains', () => {
    const given = history(masks, writeOff(null, 20));
    spec
      .given(given)
      .when(issue(MEMBER, 180))
      .then([
        {
          type: 'ItemIssued',
          data: { itemId: ITEM, centreId: CENTRE, holder: MEMBER, quantity: 180, issuedOn: '2026-01-10' },
        },
      ]);
    spec.given(given).when(issue(MEMBER, 181)).thenThrows('ITEM_NOT_IN_STOCK');
  });

  it('refuses more than is held or in stock, part of a serial item, no evidence', () => {
    spec
      .given(history(masks, issue(MEMBER, 5)))
      .when(writeOff(MEMBER, 6))
      .thenThrows('ITEM_NOT_HELD');
    spec
      .given(history(camera, issue(MEMBER)))
      .when(writeOff(null))
      .thenThrows('ITEM_NOT_IN_STOCK');
    spec.given(history(camera)).when(writeOff(null, 2)).thenThrows('SERIAL_ITEM_IS_ONE');
    spec
      .given(history(camera))
      .when({ ...writeOff(null), evidenceRef: ' ' })
      .thenThrows('EVIDENCE_REQUIRED');
  });
});
