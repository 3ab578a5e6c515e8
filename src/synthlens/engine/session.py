"""Ray for a run: join the cluster at --ray-address or start a local instance on the loopback address, and map
a table's batches over an actor pool with Ray Data, results in input order."""

import os
import socket
from collections.abc import Callable
from importlib.util import find_spec
from typing import Any

from synthlens.engine import RAY_HINT, EngineOptions
from synthlens.errors import SynthlensError

CONNECT_SECONDS = 10


def ensure_ray(engine: EngineOptions) -> Any:
    """The `ray` module, connected: to the address, or to a local instance this process starts (kept for
    the rest of the process, so several stages pay its start once)."""
    if find_spec("ray") is None:  # (a submodule's find_spec would import Ray: too early for the setting below)
        raise SynthlensError(
            f"--engine ray needs Ray, which is not installed; allowed: --engine local, or Ray Data; fix: {RAY_HINT}"
        )
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no network calls home
    if not engine.address:
        # A single-machine instance: this Ray setting, read when Ray is imported, keeps the node on the loopback
        # address, so every Ray server binds 127.0.0.1 (by default Ray listens on all interfaces).
        os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
    import ray

    if find_spec("ray.data") is None:
        raise SynthlensError(f"--engine ray needs Ray Data, which is not installed; fix: {RAY_HINT}")
    if ray.is_initialized():
        return ray
    quiet = {"log_to_driver": False, "logging_level": "ERROR", "include_dashboard": False}
    if engine.address:
        _check_reachable(engine.address)
        ray.init(address=engine.address, **quiet)
    else:
        cpus = engine.num_cpus or os.cpu_count() or 2
        ray.init(num_cpus=cpus, _node_ip_address="127.0.0.1", **quiet)
    return ray


def _check_reachable(address: str) -> None:
    """A Ray address that does not answer is one line within seconds, not a minute of Ray's retries."""
    target = address.removeprefix("ray://")
    host, _, port = target.rpartition(":")
    if address == "auto":
        return
    try:
        with socket.create_connection((host or "127.0.0.1", int(port)), timeout=CONNECT_SECONDS):
            return
    except (OSError, ValueError) as error:
        raise SynthlensError(
            f"--ray-address {address}: no Ray cluster answers there ({error}); allowed: HOST:PORT of a running "
            "head node, or no --ray-address to start a local instance; fix: `ray start --head` there, or correct "
            "the address"
        ) from None


def map_batches(
    table: Any,
    worker: type,
    worker_args: dict[str, Any],
    engine: EngineOptions,
    batch_size: int,
    on_batch: Callable[[int], None] = lambda rows: None,
    cpus_per_actor: float = 1.0,
    on_piece: Callable[[Any], None] | None = None,
) -> Any:
    """`table` (pyarrow) mapped batch by batch through `worker(**worker_args)(batch) -> pyarrow table` on a pool
    of `engine.actors` actors, in input order. With `on_piece`, each result piece goes there as it arrives
    (nothing is kept: None is returned)."""
    import pyarrow as pa

    ray = ensure_ray(engine)
    from ray.data import DataContext

    context = DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    size = engine.batch_size or batch_size
    # One block per batch, so every actor of the pool gets work; Ray Data restarts a killed actor (its
    # default for actor pools) and runs the batch it held again.
    blocks = [table.slice(start, size) for start in range(0, max(table.num_rows, 1), size)]
    mapped = ray.data.from_arrow(blocks).map_batches(
        worker,
        fn_constructor_kwargs=worker_args,
        batch_size=size,
        batch_format="pyarrow",
        # One batch in flight per actor: a batch whose encoding or answers the actor finished reaches the driver
        # before the actor takes the next, so a crash in the next one cannot make it be done again.
        compute=ray.data.ActorPoolStrategy(size=engine.actors, max_tasks_in_flight_per_actor=1),
        num_cpus=cpus_per_actor,
    )
    pieces = []
    try:
        for batch in mapped.iter_batches(batch_format="pyarrow", batch_size=None):
            if on_piece is not None:
                on_piece(batch)
                continue
            pieces.append(batch)
            on_batch(batch.num_rows)
    except Exception as error:
        user_error = _user_error(error)
        if user_error is None:
            raise
        raise user_error from None
    return pa.concat_tables(pieces) if pieces else None


def _user_error(error: BaseException) -> SynthlensError | None:
    """The SynthlensError a worker raised (Ray wraps it), so the user sees its one line."""
    seen: BaseException | None = error
    for _ in range(16):
        if seen is None:
            return None
        if isinstance(seen, SynthlensError):
            return SynthlensError(str(seen))
        cause = getattr(seen, "cause", None)
        seen = cause if isinstance(cause, BaseException) else seen.__cause__ or seen.__context__
    return None


def driver_node_strategy() -> Any:
    """A scheduling strategy that keeps an actor on the driver's node (the one that owns the run folder)."""
    import ray
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    return NodeAffinitySchedulingStrategy(node_id=ray.get_runtime_context().get_node_id(), soft=False)
