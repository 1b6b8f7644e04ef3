/**
 * The route planner's searches off the main thread: at 5,000 roles and 50,000 moves one search
 * takes 100–350 ms. The protocol and the work are in planner-query.ts (plannerReceiver).
 */
import { plannerReceiver, type PlannerReply, type PlannerRequest } from './planner-query';

const scope = self as unknown as {
  postMessage: (message: PlannerReply) => void;
  onmessage: ((event: MessageEvent<PlannerRequest>) => void) | null;
};
const receive = plannerReceiver();

scope.onmessage = (event) => {
  const reply = receive(event.data);
  if (reply) scope.postMessage(reply);
};
