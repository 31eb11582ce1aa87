import { Anchor } from '@mantine/core';
import { useApi } from '../api/context';
import { hrefOf } from '../route';
import { Ltr } from './bits';

/** The roles that may open a member's page (personnel's readers). */
const MEMBER_READERS = new Set(['hr', 'admin', 'auditor', 'commander']);

/** A member by id (equipment and training hold no names), linked to their page where the reader may open it. */
export function MemberRef({ memberId }: { readonly memberId: string }) {
  const { session } = useApi();
  const id = <Ltr>{memberId.slice(0, 8)}</Ltr>;
  return session.roles.some((r) => MEMBER_READERS.has(r)) ? (
    <Anchor href={hrefOf({ screen: 'member', memberId })}>{id}</Anchor>
  ) : (
    id
  );
}
