# Objects, method calls and attribute access: a scheduler of tasks that pass
# packets around (in the spirit of the classic Richards benchmark).

class Packet:
    __slots__ = ('link', 'ident', 'kind', 'count', 'data')

    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.runs = 0

    def take(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
        return p

    def run(self, packet):
        raise NotImplementedError


class Worker(Task):
    def run(self, packet):
        self.runs += 1
        if packet is None:
            return None
        packet.count += 1
        for i in range(4):
            packet.data[i] = (packet.data[i] + packet.count * (i + 1)) % 26
        packet.ident = (packet.ident + 1) % len(self.scheduler.tasks)
        return packet


class Handler(Task):
    def run(self, packet):
        self.runs += 1
        if packet is not None:
            packet.kind ^= 1
        return packet


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.hold = 0

    def add(self, cls, priority, packets):
        queue = None
        for k in range(packets):
            queue = Packet(None, len(self.tasks), k % 2).append_to(queue)
        self.tasks.append(cls(self, len(self.tasks), priority, queue))

    def schedule(self, rounds):
        tasks = self.tasks
        for _ in range(rounds):
            for task in tasks:
                packet = task.take()
                result = task.run(packet)
                if result is not None:
                    target = tasks[result.ident]
                    target.queue = result.append_to(target.queue)
                else:
                    self.hold += 1


s = Scheduler()
for i in range(10):
    s.add(Worker if i % 2 else Handler, i, 3)
s.schedule(30000)
print(s.hold, sum(t.runs for t in s.tasks), [t.runs for t in s.tasks][:3])
