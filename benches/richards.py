# Richards: Martin Richards' simulation of an operating-system task scheduler.
# Six tasks (an idle task, a worker, two packet handlers and two devices) pass
# packets to one another through a priority scheduler; the benchmark exercises
# attribute access, method calls and small-object churn.
# Argument: how many times the whole simulation is run (each must end with the
# same queue/hold counts: 23246 and 9297 for the classic idle count of 10000).
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE = 1000
KIND_WORK = 1001
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Puts this packet at the end of `queue`; returns the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 7
        self.task_list = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        task.link = self.task_list
        self.task_list = task
        self.tasks[task.ident] = task

    def run(self):
        task = self.task_list
        while task is not None:
            if task.holding or (task.waiting and not task.pending):
                task = task.link
            else:
                self.current = task
                task = task.step(self)

    def release(self, ident):
        task = self.tasks[ident]
        task.holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def send(self, packet):
        target = self.tasks[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        if target.input is None:
            target.input = packet
            target.pending = True
            if target.priority > self.current.priority:
                return target
        else:
            target.input = packet.append_to(target.input)
        return self.current


class Task:
    def __init__(self, ident, priority, queue, waiting):
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.link = None
        self.pending = queue is not None
        self.waiting = waiting
        self.holding = False

    def step(self, sched):
        packet = None
        if self.waiting and self.pending and not self.holding:
            packet = self.input
            self.input = packet.link
            self.pending = self.input is not None
            self.waiting = False
        return self.work(sched, packet)


class IdleTask(Task):
    def __init__(self, count):
        Task.__init__(self, IDLE, 0, None, False)
        self.seed = 1
        self.count = count

    def work(self, sched, packet):
        self.count -= 1
        if self.count == 0:
            return sched.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, queue):
        Task.__init__(self, WORKER, 1000, queue, True)
        self.destination = HANDLER_A
        self.letter = 0

    def work(self, sched, packet):
        if packet is None:
            return sched.wait_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return sched.send(packet)


class HandlerTask(Task):
    def __init__(self, ident, priority, queue):
        Task.__init__(self, ident, priority, queue, True)
        self.work_queue = None
        self.device_queue = None

    def work(self, sched, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            count = work.datum
            if count >= BUFFER_SIZE:
                self.work_queue = work.link
                return sched.send(work)
            device = self.device_queue
            if device is not None:
                self.device_queue = device.link
                device.datum = work.data[count]
                work.datum = count + 1
                return sched.send(device)
        return sched.wait_current()


class DeviceTask(Task):
    def __init__(self, ident, priority):
        Task.__init__(self, ident, priority, None, True)
        self.held_packet = None

    def work(self, sched, packet):
        if packet is None:
            held = self.held_packet
            if held is None:
                return sched.wait_current()
            self.held_packet = None
            return sched.send(held)
        self.held_packet = packet
        return sched.hold_current()


def simulate(idle_count):
    sched = Scheduler()
    sched.add(IdleTask(idle_count))
    queue = Packet(None, 0, KIND_WORK)
    queue = Packet(queue, 0, KIND_WORK)
    sched.add(WorkerTask(queue))
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        sched.add(HandlerTask(handler, priority, queue))
    sched.add(DeviceTask(DEVICE_A, 4000))
    sched.add(DeviceTask(DEVICE_B, 5000))
    sched.run()
    return sched.queue_count, sched.hold_count


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    results = set()
    for _ in range(runs):
        results.add(simulate(10000))
    for queued, held in sorted(results):
        print("queued", queued, "held", held)
    print("small run:", simulate(100 + runs))


main()
