import { strict as assert } from 'assert';
import { ContextPulse } from '../../src/hover/contextPulse';
import { ManualClock } from '../fixtures/manualClock';
import type { Schedule } from '../../src/core/schedule';

/** A pulse on a manual clock, recording every value it sends. */
function setup(ms = 2000): { pulse: ContextPulse; sent: boolean[]; clock: ManualClock } {
  const clock = new ManualClock();
  const schedule: Schedule = (fn, delay) => {
    const handle = clock.setTimeout(fn, delay);
    return () => clock.clearTimeout(handle);
  };
  const sent: boolean[] = [];
  return { pulse: new ContextPulse((v) => sent.push(v), schedule, ms), sent, clock };
}

describe('ContextPulse (the hover\'s walkthrough context key)', () => {
  it('sets the key on the first event and clears it once its time is up', () => {
    const { pulse, sent, clock } = setup();
    pulse.fire();
    assert.deepEqual(sent, [true]);
    assert.equal(pulse.on, true);
    clock.advance(1999);
    assert.deepEqual(sent, [true]);
    clock.advance(1);
    assert.deepEqual(sent, [true, false]);
    assert.equal(pulse.on, false);
  });

  it('sends nothing more for a burst of events while the key is true', () => {
    const { pulse, sent, clock } = setup();
    for (let i = 0; i < 50; i++) {
      pulse.fire();
      clock.advance(10);
    }
    assert.deepEqual(sent, [true]);
    assert.deepEqual(clock.pendingDelays(), [2000], 'one reset pending, not one per event');
    clock.advance(2000);
    assert.deepEqual(sent, [true, false]);
  });

  it('turns true again on the next event after a reset (a walkthrough opened meanwhile sees it change)', () => {
    const { pulse, sent, clock } = setup();
    pulse.fire();
    clock.advance(2000);
    pulse.fire();
    assert.deepEqual(sent, [true, false, true]);
  });

  it('after dispose, cancels the pending reset and ignores events', () => {
    const { pulse, sent, clock } = setup();
    pulse.fire();
    pulse.dispose();
    assert.deepEqual(clock.pendingDelays(), []);
    pulse.fire();
    clock.advance(5000);
    assert.deepEqual(sent, [true]);
  });
});
