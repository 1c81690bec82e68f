/**
 * Prints the scrypt cost Hearth chooses on this machine for passphrases and recovery codes,
 * and how long one derivation takes at that cost.   npx tsx scripts/measure-kdf.ts
 */
import { calibrateScrypt, timeScrypt } from '../src/main/core/vault/kdf';

const { params, measuredMs } = await calibrateScrypt();
const times: number[] = [];
for (let i = 0; i < 7; i++) times.push(await timeScrypt(params));
times.sort((a, b) => a - b);
console.log(`chosen: scrypt N=2^${Math.log2(params.N)} r=${params.r} p=${params.p} (calibration run: ${measuredMs.toFixed(0)} ms)`);
console.log(`7 derivations at that cost: median ${times[3]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times[6]!.toFixed(0)} ms`);
