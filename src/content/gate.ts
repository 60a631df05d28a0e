// The gate's verdict comes from the engine in the background, where its multilingual cue
// automaton stays warm instead of being built again in every page (40–70 ms a page: bench).
import { send } from '../shared/send';

/** False when the background cannot be reached: no analysis without it anyway. */
export async function passesGate(sample: string): Promise<boolean> {
  const reply = await send('gate', { sample });
  return reply.ok && reply.value;
}
