import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { IssueItem } from '../item.commands';
import { ItemErrors as E } from '../item.errors';
import { ItemIssued } from '../item.events';
import { ItemState } from '../item.state';
import { requireActive } from './guards';

/** IssueItem: from the centre's stock to a member, a centre or a vehicle's kit — no more than the stock holds. */
export function issueItem(command: IssueItem, state: ItemState, { now }: DecisionContext): ItemIssued[] {
  requireActive(state);
  if (command.quantity > state.inStock) throw E.notEnoughInStock(state.inStock, command.quantity);
  requireNotInFuture(command.issuedOn, 'issuedOn', now);
  return [
    {
      type: 'ItemIssued',
      data: {
        itemId: state.itemId,
        centreId: state.centreId,
        holder: command.holder,
        quantity: command.quantity,
        issuedOn: command.issuedOn,
      },
    },
  ];
}
