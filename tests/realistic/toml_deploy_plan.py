"""Read a deployment manifest in TOML and print the rollout plan it describes."""
import tomllib
from datetime import datetime, timedelta, timezone
from dataclasses import dataclass, field

MANIFEST = '''
# Deployment manifest for the shop backend
name = "shop-backend"
version = "2.14.0"
released = 2024-05-02T09:30:00+02:00
maintainers = ["ana@example.com", "bo@example.com"]

[defaults]
replicas = 2
cpu = 0.5
memory = "512Mi"
env = { LOG_LEVEL = "info", TZ = "UTC" }

[[services]]
name = "api"
replicas = 4
ports = [8080, 8443]
health.path = "/healthz"
health.interval = 10

[[services]]
name = "worker"
cpu = 1.25
env = { QUEUE = "orders", CONCURRENCY = "8" }

[[services]]
name = "scheduler"
replicas = 1
schedule = [
    { at = 02:00:00, job = "cleanup" },
    { at = 04:30:00, job = "reindex" },
]

[rollout]
strategy = 'canary'
steps = [10, 25, 50, 100]
pause_minutes = 15
regions."eu-west" = { zones = 3, primary = true }
regions."us-east" = { zones = 2 }

[notifications.slack]
channel = "#deploys"
mention = """
@oncall please watch the \\
dashboards"""
'''


@dataclass
class Service:
    name: str
    replicas: int
    cpu: float
    memory: str
    env: dict = field(default_factory=dict)
    ports: list = field(default_factory=list)

    @property
    def millicores(self):
        return round(self.cpu * 1000)


config = tomllib.loads(MANIFEST)
defaults = config["defaults"]
print(f"{config['name']} v{config['version']} released {config['released']:%Y-%m-%d %H:%M %Z}")
print("maintainers:", ", ".join(config["maintainers"]))
utc = config["released"].astimezone(timezone.utc)
print("released (UTC):", utc.isoformat())

services = []
for raw in config["services"]:
    merged = {**defaults, **{k: v for k, v in raw.items() if k in Service.__dataclass_fields__}}
    merged["env"] = {**defaults["env"], **raw.get("env", {})}
    services.append(Service(**merged))

print()
print(f"{'service':<10}{'replicas':>9}{'cpu(m)':>8}{'memory':>8}  env")
for s in services:
    env = " ".join(f"{k}={v}" for k, v in sorted(s.env.items()))
    print(f"{s.name:<10}{s.replicas:>9}{s.millicores:>8}{s.memory:>8}  {env}")
total_cpu = sum(s.cpu * s.replicas for s in services)
print(f"total cpu: {total_cpu:.2f} cores across {sum(s.replicas for s in services)} pods")

api = config["services"][0]
print("api health:", api["health"], "ports:", api["ports"])
for entry in config["services"][2]["schedule"]:
    print(f"  {entry['at']:%H:%M} -> {entry['job']} ({type(entry['at']).__name__})")

rollout = config["rollout"]
start = config["released"] + timedelta(hours=1)
print()
print(f"rollout strategy: {rollout['strategy']}")
for i, pct in enumerate(rollout["steps"]):
    when = start + timedelta(minutes=rollout["pause_minutes"] * i)
    print(f"  step {i + 1}: {pct:>3}% at {when:%H:%M}")
for region, info in rollout["regions"].items():
    print(f"  region {region}: {info['zones']} zones{' (primary)' if info.get('primary') else ''}")
print("slack:", config["notifications"]["slack"])

for broken in ["[rollout]\nsteps = [10, 25", "name = 'x'\nname = 'y'", "replicas = two"]:
    try:
        tomllib.loads(broken)
    except tomllib.TOMLDecodeError as err:
        print("invalid manifest:", err)
