// A new service's spis.yaml from what `spis init` was told: the provider, the kind of service with
// its cadence and contract text, the workers.
import { usageError } from '../problems.js';
import { DEFAULT_CONTRACT_DEFAULTS, DEFAULT_RULES, SERVICE_KINDS, kindCodes } from './config.js';
import type { SpisConfig, Worker } from './types.js';

export interface InitOptions {
  name?: string;
  ico?: string;
  address?: string;
  service?: string;
  registration?: string;
  worker?: string[];
  /** Which of the workers is at this keyboard. */
  me?: string;
}

/** How --worker gives the sex (for Czech that agrees: pracovník/pracovnice): ž/z/f a woman, m a man. */
const SEX: Record<string, 'female' | 'male'> = { z: 'female', ž: 'female', f: 'female', m: 'male' };

export function parseWorker(spec: string): Worker {
  const [id, name, email, sex, ...rest] = spec.split(':').map((s) => s.trim());
  if (!id || !name || rest.length > 0 || (sex && !SEX[sex.toLowerCase()]))
    throw usageError('init.bad-worker', { value: spec });
  return { id, name, ...(sex ? { sex: SEX[sex.toLowerCase()] } : {}), ...(email ? { email } : {}) };
}

/** IČO: eight digits, the last a check digit (weights 8…2, mod 11). */
export function icoValid(ico: string): boolean {
  if (!/^[0-9]{8}$/.test(ico)) return false;
  const sum = [...ico.slice(0, 7)].reduce((acc, d, i) => acc + Number(d) * (8 - i), 0);
  return (11 - (sum % 11)) % 10 === Number(ico[7]);
}

/** The registration number (identifikátor) of a social service: seven digits. */
export function registrationValid(v: string): boolean {
  return /^[0-9]{7}$/.test(v.trim());
}

/** The configuration of a new repository; throws when the answers do not make one. */
export function newConfig(answers: InitOptions & { worker: string[] }, format: SpisConfig['format']): SpisConfig {
  if (!answers.ico || !icoValid(answers.ico.trim())) throw usageError('init.bad-ico', { value: answers.ico });
  if (answers.registration && !registrationValid(answers.registration)) throw usageError('init.bad-registration');
  const kind = answers.service !== undefined ? SERVICE_KINDS[answers.service] : undefined;
  if (!kind || answers.service === undefined)
    throw usageError('init.bad-service', { value: answers.service, allowed: Object.keys(SERVICE_KINDS).join(', ') });
  return {
    format,
    provider: {
      name: answers.name ?? '',
      ico: answers.ico,
      address: answers.address ?? '',
      service: {
        kind: answers.service,
        name: kind.name,
        paragraph: kind.paragraph,
        ...(kind.law ? { law: kind.law } : {}),
        ...(answers.registration ? { registration_id: answers.registration } : {}),
      },
    },
    workers: answers.worker.map(parseWorker),
    // A kind of service brings its own cadence and contract text (foster care: 2-month contacts, 6-month reports).
    rules: { ...DEFAULT_RULES, ...(kind.rules ?? {}) },
    contract_defaults: { ...(kind.contract_defaults ?? DEFAULT_CONTRACT_DEFAULTS) },
    // The code lists as this kind of service has them (foster care: its endings, refusals and support).
    codes: kindCodes(answers.service),
  };
}
