import { useEffect, useState } from 'react';
import { listsApi, type Issuers } from '../api/certificate-lists.js';

const NONE: Issuers = { creators: [], signers: [] };

/** Who created and who signed the unit's certificates (the author and signer filters); none until known. */
export function useIssuers(): Issuers {
  const [issuers, setIssuers] = useState<Issuers>(NONE);
  useEffect(() => {
    let active = true;
    listsApi.issuers().then(
      (loaded) => active && setIssuers(loaded),
      // The filter then offers "everyone" only; the list itself still works.
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);
  return issuers;
}
