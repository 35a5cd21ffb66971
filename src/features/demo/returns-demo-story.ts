import { lendLoaner, returnLoan } from '../inventory';
import type { DemoLoanerCode } from './inventory-demo-catalogue';
import type { DemoStores } from './inventory-demo-stock';
import {
  bench,
  type BenchTest,
  broughtIn,
  type BroughtIn,
  type DemoReturn,
  finishedInHouse,
  type FinishedInHouse,
  handOver,
  minutesOf,
  register,
  type Registration,
  takenBackOnSite,
  type TakenBack,
  tell,
  type Telling,
  type When,
} from './returns-demo-steps';
import {
  back,
  type Back,
  chase,
  type Chase,
  type GivenBack,
  giveBack,
  type UnusedParts,
  ship,
  type Shipping,
  takeInUnused,
} from './returns-demo-vendor-steps';
import type { ReturnsWorld } from './returns-demo-world';

/** A loaner lent to the item's customer as it comes in, and given back with the item. */
interface Loaner {
  unit: DemoLoanerCode;
  at: When;
  dueOn: number;
  conditionOut: string;
  returned?: { at: When; condition: string };
}

/** What happens to one item, in this order, as far as its story goes. */
export type Journey = ({ broughtIn: BroughtIn } | { takenBack: TakenBack }) & {
  loaner?: Loaner;
  tested?: BenchTest;
  /** Handed over by the technician who tested it. */
  handedOver?: When;
  told?: Telling;
  registered?: Registration;
  back?: Back;
  unusedParts?: UnusedParts;
  /** By the technician who tested it. */
  finishedInHouse?: FinishedInHouse;
  givenBack?: GivenBack;
};

/**
 * A story of the returns desk: its items each taken in, then each tested and registered; the
 * parcel to their vendor, and every chase about every item in it; then each item back and given
 * back, one after the other.
 */
export interface ReturnStory {
  items: readonly Journey[];
  shipped?: Shipping;
  chases?: readonly Chase[];
}

const testOf = (item: Journey): BenchTest => {
  if (!item.tested) throw new Error('a demo item goes on before its test');
  return item.tested;
};

async function takeIn(w: ReturnsWorld, stores: DemoStores, item: Journey): Promise<DemoReturn> {
  const rr =
    'broughtIn' in item
      ? await broughtIn(w, item.broughtIn)
      : await takenBackOnSite(w, item.takenBack);
  const { loaner } = item;
  if (loaner) {
    const clerk = w.as('returns', minutesOf(w, loaner.at));
    await lendLoaner(w.tx, clerk, stores.loanerId(loaner.unit), {
      customerId: rr.device.customerId,
      repairReturnId: rr.id,
      dueOn: w.day(loaner.dueOn),
      conditionOut: loaner.conditionOut,
    });
  }
  return rr;
}

async function prepare(w: ReturnsWorld, stores: DemoStores, item: Journey, rr: DemoReturn) {
  if (item.tested) await bench(w, rr, item.tested);
  if (item.handedOver !== undefined)
    await handOver(w, rr, { at: item.handedOver, technician: testOf(item).technician });
  if (item.told) await tell(w, stores, rr, item.told, testOf(item).expectedOn);
  if (item.registered) await register(w, rr, item.registered);
}

async function finish(w: ReturnsWorld, stores: DemoStores, item: Journey, rr: DemoReturn) {
  if (item.back) await back(w, rr, item.back);
  if (item.unusedParts) await takeInUnused(w, stores, rr, item.unusedParts);
  if (item.finishedInHouse)
    await finishedInHouse(w, rr, { ...item.finishedInHouse, technician: testOf(item).technician });
  if (item.givenBack) await giveBack(w, rr, item.givenBack);
  const { loaner } = item;
  if (loaner?.returned) {
    const clerk = w.as('returns', minutesOf(w, loaner.returned.at));
    await returnLoan(w.tx, clerk, stores.loanerId(loaner.unit), {
      conditionBack: loaner.returned.condition,
    });
  }
}

/** Plays a story through the real use cases, in the story's transaction. */
export async function playStory(
  w: ReturnsWorld,
  stores: DemoStores,
  story: ReturnStory,
): Promise<void> {
  const returns: DemoReturn[] = [];
  for (const item of story.items) returns.push(await takeIn(w, stores, item));
  for (const [i, item] of story.items.entries()) await prepare(w, stores, item, returns[i]!);
  if (story.shipped) await ship(w, w.vendorOf(returns[0]!.device), returns, story.shipped);
  for (const spec of story.chases ?? [])
    for (const rr of returns) await chase(w, w.vendorOf(rr.device), rr, spec);
  for (const [i, item] of story.items.entries()) await finish(w, stores, item, returns[i]!);
}
