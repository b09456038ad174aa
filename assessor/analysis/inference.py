"""Statistical building blocks for the learning-gain engine (:mod:`assessor.analysis.stats`).

Each function takes numpy arrays and returns a JSON-ready dict: numbers are plain Python
floats/ints, and a statistic that is undefined for the data (n < 2, zero variance, ...)
is ``None`` with a sibling ``"<name>_null_reason"`` sentence. Formulas and references are
in ``docs/statistics.md``.
"""

from __future__ import annotations

import math

import numpy as np

# scipy.special only: importing scipy.stats costs about 0.4 s of every `assessor analyze`
# (a third of its time on a laptop), so the few distributions needed are computed here
# from special functions (same formulas as scipy.stats; tests compare with scipy.stats).
from scipy import special

from assessor.delivery.scoring import passes

# Percentages are compared after rounding away float noise (e.g. 1/3 of 100 vs 33.33...).
EPS = 1e-9
WILCOXON_EXACT_MAX_N = 50
BOOTSTRAP_SEED = 20260516
BOOTSTRAP_REPS = 2000
RCI_CRITICAL = 1.96  # |RCI| above this is a reliable change (Jacobson & Truax 1991, two-sided 5%)


def put(d: dict, key: str, value, reason: str | None = None) -> None:
    """Set ``d[key]`` to a finite float/int, or to None plus ``key_null_reason``."""
    if value is None or (isinstance(value, (float, np.floating)) and not math.isfinite(value)):
        d[key] = None
        d[key + "_null_reason"] = reason or "undefined for these data"
    elif isinstance(value, (bool, np.bool_)):
        d[key] = bool(value)
    elif isinstance(value, (int, np.integer)):
        d[key] = int(value)
    else:
        d[key] = float(value)


def sd(x: np.ndarray) -> float | None:
    """Sample standard deviation (ddof=1), None when fewer than 2 values."""
    return float(np.std(x, ddof=1)) if len(x) >= 2 else None


def rankdata(x: np.ndarray) -> np.ndarray:
    """Ranks 1..n, ties given their average rank (as scipy.stats.rankdata)."""
    x = np.asarray(x)
    order = np.argsort(x, kind="mergesort")
    xs = x[order]
    first = np.concatenate(([True], xs[1:] != xs[:-1]))
    group = np.cumsum(first) - 1
    starts = np.flatnonzero(first)
    ends = np.append(starts[1:], len(xs))
    avg = (starts + ends + 1) / 2.0  # mean of ranks starts+1 .. ends
    ranks = np.empty(len(xs), dtype=np.float64)
    ranks[order] = avg[group]
    return ranks


def _signed_rank_counts(n: int) -> np.ndarray:
    """How many subsets of {1..n} sum to each s = 0..n(n+1)/2 (the null distribution of W+ times 2^n)."""
    counts = np.zeros(n * (n + 1) // 2 + 1, dtype=np.float64)  # exact: every count < 2^50 <= 2^53
    counts[0] = 1.0
    top = 0
    for k in range(1, n + 1):
        counts[k : top + k + 1] += counts[: top + 1].copy()
        top += k
    return counts


def wilcoxon_exact_p(w_plus: float, n: int) -> float:
    """Two-sided exact p of the signed-rank statistic without ties: 2 min(P(W <= w), P(W >= w)), at most 1."""
    pmf = _signed_rank_counts(n) / 2.0**n
    w = int(round(w_plus))
    return float(min(1.0, 2.0 * min(pmf[: w + 1].sum(), pmf[w:].sum())))


def paired_block(pre: np.ndarray, post: np.ndarray, pass_mark=None) -> dict:
    """Paired pre/post statistics on percentages (difference = post - pre).

    ``pass_mark`` is one number or an array (one pass mark per participant), in %.
    """
    pre = np.asarray(pre, dtype=np.float64)
    post = np.asarray(post, dtype=np.float64)
    n = len(pre)
    out: dict = {"n": n}
    few = "fewer than 2 matched participants"
    if n == 0:
        none = "no participant took both the pre-test and the post-test"
        for k in (
            "pre_mean_pct", "post_mean_pct", "gain_mean", "gain_sd", "gain_ci95", "t", "df", "p",
            "cohen_dz", "d_av", "hedges_g_av", "class_normalized_gain", "mean_normalized_gain",
            "mean_normalized_change", "pass_share_pre", "pass_share_post",
        ):
            put(out, k, None, none)
        out["wilcoxon"] = {"w_plus": 0.0, "w_minus": 0.0, "n_nonzero": 0, "p": None,
                           "p_null_reason": none, "method": None}
        out.update(n_normalized_gain=0, n_excluded_pre_100=0, n_normalized_change=0,
                   n_excluded_change=0, improved=0, unchanged=0, declined=0, hake_band=None)
        return out
    diff = np.round(post - pre, 9)
    m_pre, m_post = float(pre.mean()), float(post.mean())
    put(out, "pre_mean_pct", m_pre)
    put(out, "post_mean_pct", m_post)
    gain = float(diff.mean())
    put(out, "gain_mean", gain)
    s = sd(diff)
    put(out, "gain_sd", s, few)
    if s is None:
        put(out, "gain_ci95", None, few)
    else:
        half = float(special.stdtrit(n - 1, 0.975)) * s / math.sqrt(n)
        ci, clipped = clip_ci([gain - half, gain + half], -100.0, 100.0)
        out["gain_ci95"] = ci
        out["gain_ci95_clipped"] = clipped
    zero_sd = "every participant's gain is the same (SD of gains is 0)"
    if s is None or s == 0:
        reason = few if s is None else zero_sd
        put(out, "t", None, reason)
        put(out, "df", n - 1 if n >= 2 else None, few)
        put(out, "p", None, reason)
        put(out, "cohen_dz", None, reason)
    else:
        # Paired t = mean / (SD / sqrt n); same as scipy.stats.ttest_rel (checked in tests)
        # without its per-call overhead, which matters for hundreds of subgroups.
        t = gain / (s / math.sqrt(n))
        put(out, "t", t)
        put(out, "df", n - 1)
        put(out, "p", t_two_sided_p(t, n - 1))
        put(out, "cohen_dz", gain / s)
        nc = nct_ci_ncp(t, n - 1)
        out["cohen_dz_ci95"] = None if nc is None else [x / math.sqrt(n) for x in nc]
    out["wilcoxon"] = wilcoxon_block(diff)
    s_pre, s_post = sd(pre), sd(post)
    if s_pre is None:
        put(out, "d_av", None, few)
        put(out, "hedges_g_av", None, few)
    else:
        denom = math.sqrt((s_pre**2 + s_post**2) / 2)
        if denom == 0:
            r = "pre and post scores have no variance"
            put(out, "d_av", None, r)
            put(out, "hedges_g_av", None, r)
        else:
            d_av = gain / denom
            j = 1 - 3 / (8 * n - 9)
            put(out, "d_av", d_av)
            put(out, "hedges_g_av", d_av * j)
            dz_ci = out.get("cohen_dz_ci95")
            if dz_ci is not None:
                # Algina & Keselman (2003): the d_z interval rescaled by sd(d)/s_av, times J.
                out["hedges_g_av_ci95"] = [x * s / denom * j for x in dz_ci]
    if m_pre >= 100 - EPS:
        put(out, "class_normalized_gain", None, "the mean pre-test score is 100%")
        out["hake_band"] = None
    else:
        g = (m_post - m_pre) / (100 - m_pre)
        put(out, "class_normalized_gain", g)
        out["hake_band"] = hake_band(g)
        ci, clipped = clip_ci(bootstrap_class_gain(pre, post), -math.inf, 1.0)
        out["class_normalized_gain_ci95"] = ci
        out["class_normalized_gain_ci95_clipped"] = clipped
    ok = pre < 100 - EPS
    out["n_normalized_gain"] = int(ok.sum())
    out["n_excluded_pre_100"] = int(n - ok.sum())
    if ok.any():
        gi = (post[ok] - pre[ok]) / (100 - pre[ok])
        put(out, "mean_normalized_gain", float(gi.mean()))
    else:
        put(out, "mean_normalized_gain", None, "every matched participant scored 100% on the pre-test")
    c, keep = normalized_change(pre, post)
    out["n_normalized_change"] = int(keep.sum())
    out["n_excluded_change"] = int(n - keep.sum())
    if keep.any():
        put(out, "mean_normalized_change", float(c[keep].mean()))
    else:
        put(out, "mean_normalized_change", None,
            "every matched participant scored 0% or 100% on both tests")
    put(out, "mde_gain", minimum_detectable_effect(n, s),
        "fewer than 2 matched participants or no variance in the gains")
    out["improved"] = int((diff > 0).sum())
    out["unchanged"] = int((diff == 0).sum())
    out["declined"] = int((diff < 0).sum())
    if pass_mark is not None:
        pm = np.broadcast_to(np.asarray(pass_mark, dtype=np.float64), pre.shape)
        pa, pb = passes(pre, pm), passes(post, pm)
        put(out, "pass_share_pre", float(pa.mean()))
        put(out, "pass_share_post", float(pb.mean()))
        out["pass_share_pre_ci95"] = wilson_ci(int(pa.sum()), n)
        out["pass_share_post_ci95"] = wilson_ci(int(pb.sum()), n)
        b, c = int((pa & ~pb).sum()), int((~pa & pb).sum())
        out["pass_mcnemar_b"], out["pass_mcnemar_c"] = b, c
        both = int((pa & pb).sum())
        out["pass_share_change"] = (c - b) / n
        out["pass_share_change_ci95"] = newcombe_paired_ci(both, b, c, n - both - b - c)
        put(out, "pass_mcnemar_p", sign_test_p(b, c), "nobody changed between passing and failing")
    return out


def fisher_ci(r: float, n: int, level: float = 0.95) -> list[float] | None:
    """Fisher (1921) z interval of a correlation: tanh(atanh r ± z/√(n − 3)); None when n < 4 or |r| = 1."""
    if n < 4 or abs(r) >= 1:
        return None
    z = float(special.ndtri(1 - (1 - level) / 2))
    h = z / math.sqrt(n - 3)
    return [math.tanh(math.atanh(r) - h), math.tanh(math.atanh(r) + h)]


def wilson_ci(k: int, n: int, z: float = 1.959963984540054) -> list[float] | None:
    """Wilson (1927) score interval for k successes of n; None when n = 0. Bounds are 0 and 1 at 0/n and n/n."""
    if n <= 0:
        return None
    ph = k / n
    den = 1 + z * z / n
    mid = (ph + z * z / (2 * n)) / den
    half = z * math.sqrt(ph * (1 - ph) / n + z * z / (4 * n * n)) / den
    lo, hi = (0.0 if k == 0 else mid - half), (1.0 if k == n else mid + half)
    return [float(lo), float(hi)]


def newcombe_paired_ci(a: int, b: int, c: int, d: int, z: float = 1.959963984540054) -> list[float] | None:
    """Interval of the change in a paired share: (a + c)/n − (a + b)/n, after minus before.

    Newcombe (1998, Statistics in Medicine 17:2635, method 10): the Wilson intervals of the two
    shares combined with the continuity-corrected correlation φ of the paired 2×2 table
    (a: in both, b: before only, c: after only, d: in neither). None when n = 0. The
    interval stays within [−1, 1] by construction.
    """
    n = a + b + c + d
    if n <= 0:
        return None
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = wilson_ci(a + b, n, z)
    l2, u2 = wilson_ci(a + c, n, z)
    margins = (a + b) * (c + d) * (a + c) * (b + d)
    cross = a * d - b * c
    if margins == 0 or 0 <= cross <= n / 2:
        phi = 0.0
    else:
        phi = (cross - n / 2 if cross > 0 else cross) / math.sqrt(margins)
    diff = p2 - p1
    lower = math.sqrt(max((p2 - l2) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1) + (u1 - p1) ** 2, 0.0))
    upper = math.sqrt(max((u2 - p2) ** 2 - 2 * phi * (u2 - p2) * (p1 - l1) + (p1 - l1) ** 2, 0.0))
    return [float(diff - lower), float(diff + upper)]


def nct_ci_ncp(t: float, df: float, level: float = 0.95) -> list[float] | None:
    """Confidence interval of the noncentrality parameter of a noncentral t given observed t.

    Lower bound: the ncp whose noncentral-t CDF at t is (1 + level)/2; upper: (1 − level)/2
    (Steiger & Fouladi 1997). None if the inversion fails.
    """
    a = (1 - level) / 2
    lo = float(special.nctdtrinc(df, 1 - a, t))
    hi = float(special.nctdtrinc(df, a, t))
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return None
    return [lo, hi]


def feldt_ci(alpha: float, n: int, k: int, level: float = 0.95) -> list[float] | None:
    """Feldt (1965) interval of Cronbach's alpha: 1 − (1 − alpha)·F quantiles, df (n − 1, (n − 1)(k − 1))."""
    if n < 2 or k < 2:
        return None
    a = (1 - level) / 2
    d1, d2 = n - 1, (n - 1) * (k - 1)
    return [float(1 - (1 - alpha) * special.fdtri(d1, d2, 1 - a)),
            float(1 - (1 - alpha) * special.fdtri(d1, d2, a))]


def clip_ci(ci: list[float] | None, lo: float, hi: float) -> tuple[list[float] | None, bool]:
    """Clip an interval to the possible range [lo, hi]; also say whether it was clipped."""
    if ci is None:
        return None, False
    c = [max(lo, min(hi, ci[0])), max(lo, min(hi, ci[1]))]
    return c, bool(c[0] != ci[0] or c[1] != ci[1])


RESAMPLE_CHUNK = 1 << 20
"""Indices drawn at a time when resampling: a bounded buffer instead of reps × n at once."""


def resampled_means(n: int, reps: int, seed: int, *columns: np.ndarray) -> list[np.ndarray]:
    """The mean of each column in each of ``reps`` bootstrap resamples of its ``n`` rows.

    Resample r draws row indices ``integers(0, n, size=(reps, n))[r]`` from
    ``default_rng(seed)``; the same rows are used for every column (participants are
    resampled, not scores). The draws are made a block of resamples at a time, which
    gives the same stream as one draw of the whole matrix without holding it (80 MB per
    million participant-resamples): the intervals are unchanged, memory is bounded.
    """
    rng = np.random.default_rng(seed)
    out = [np.empty(reps) for _ in columns]
    step = max(1, RESAMPLE_CHUNK // max(n, 1))
    for start in range(0, reps, step):
        stop = min(reps, start + step)
        idx = rng.integers(0, n, size=(stop - start, n))
        for column, means in zip(columns, out):
            means[start:stop] = column.take(idx).mean(axis=1)
    return out


def bootstrap_class_gain(pre: np.ndarray, post: np.ndarray, reps: int = BOOTSTRAP_REPS,
                         seed: int = BOOTSTRAP_SEED) -> list[float] | None:
    """Percentile bootstrap 95 % interval of Hake's <g>, resampling participants (fixed seed).

    Resamples whose mean pre-test is 100 % (where <g> is undefined) are dropped. None when
    n < 2 or fewer than half the resamples are usable.
    """
    n = len(pre)
    if n < 2:
        return None
    mp, mq = resampled_means(n, reps, seed, pre, post)
    ok = mp < 100 - EPS
    if ok.sum() < reps / 2:
        return None
    g = (mq[ok] - mp[ok]) / (100 - mp[ok])
    return [float(np.quantile(g, 0.025)), float(np.quantile(g, 0.975))]


def bootstrap_retention(pre: np.ndarray, post: np.ndarray, fu: np.ndarray, reps: int = BOOTSTRAP_REPS,
                        seed: int = BOOTSTRAP_SEED) -> list[float] | None:
    """Percentile bootstrap 95 % interval of the share of gain retained (resamples with no gain dropped)."""
    n = len(pre)
    if n < 2:
        return None
    m_pre, m_post, m_fu = resampled_means(n, reps, seed, pre, post, fu)
    g = m_post - m_pre
    kept = m_fu - m_pre
    ok = g > EPS
    if ok.sum() < reps / 2:
        return None
    r = kept[ok] / g[ok]
    return [float(np.quantile(r, 0.025)), float(np.quantile(r, 0.975))]


def reliable_change(pre: np.ndarray, post: np.ndarray, sem_pre: float | None) -> dict:
    """Jacobson & Truax (1991) Reliable Change Index per participant: (post − pre)/(√2 · SEM_pre).

    |RCI| > 1.96 is a reliable change. Counts improved / no reliable change / declined.
    """
    out: dict = {}
    if sem_pre is None or sem_pre <= EPS:
        put(out, "sem_pre_pct", None, "the pre-test has no usable SEM (alpha undefined, below 0, or 1)")
        out.update(rci=None, reliably_improved=None, no_reliable_change=None, reliably_declined=None)
        return out
    put(out, "sem_pre_pct", sem_pre)
    rci = np.round(post - pre, 9) / (math.sqrt(2) * sem_pre)
    out["rci"] = [float(x) for x in rci]
    out["reliably_improved"] = int((rci > RCI_CRITICAL).sum())
    out["reliably_declined"] = int((rci < -RCI_CRITICAL).sum())
    out["no_reliable_change"] = int(len(rci) - out["reliably_improved"] - out["reliably_declined"])
    return out


def rci_kind(rci: float) -> int:
    """1 reliably improved, -1 reliably declined, 0 no reliable change (|RCI| ≤ 1.96)."""
    return 1 if rci > RCI_CRITICAL else -1 if rci < -RCI_CRITICAL else 0


def t_two_sided_p(t: float, df: float) -> float:
    """Two-sided p of Student's t with ``df`` degrees of freedom."""
    return float(2.0 * special.stdtr(df, -abs(t)))


def normalized_change(pre: np.ndarray, post: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Marx & Cummings (2007) c per participant, and the mask of participants kept."""
    diff = np.round(post - pre, 9)
    c = np.zeros_like(pre)
    up, down = diff > 0, diff < 0
    c[up] = diff[up] / (100 - pre[up])
    c[down] = diff[down] / pre[down]
    same = diff == 0
    drop = same & ((pre <= EPS) | (pre >= 100 - EPS))
    return c, ~drop


def hake_band(g: float | None) -> str | None:
    """Hake (1998): low < 0.3 <= medium < 0.7 <= high."""
    if g is None:
        return None
    return "low" if g < 0.3 else ("medium" if g < 0.7 else "high")


def _conditional_signed_rank_p(ranks: np.ndarray, w_plus: float) -> float:
    """Exact two-sided p of W+ given the observed (mid-)ranks: every sign pattern equally likely.

    Mid-ranks are multiples of 1/2, so doubled ranks are integers and the null distribution is
    a subset-sum count over them (the permutation distribution, as
    ``scipy.stats.wilcoxon(method=PermutationMethod())`` enumerates it).
    """
    r2 = np.round(2 * np.asarray(ranks)).astype(np.int64)
    total = int(r2.sum())
    counts = np.zeros(total + 1, dtype=np.float64)
    counts[0] = 1.0
    top = 0
    for r in r2:
        counts[r : top + r + 1] += counts[: top + 1].copy()
        top += int(r)
    pmf = counts / counts.sum()
    w = int(round(2 * w_plus))
    return float(min(1.0, 2.0 * min(pmf[: w + 1].sum(), pmf[w:].sum())))


def sign_test_p(n_pos: int, n_neg: int) -> float | None:
    """Exact two-sided sign test p: min(1, 2 P(X <= min)), X ~ Bin(n_pos + n_neg, 1/2)."""
    n = n_pos + n_neg
    if n == 0:
        return None
    return float(min(1.0, 2.0 * special.bdtr(min(n_pos, n_neg), n, 0.5)))


def wilcoxon_block(diff: np.ndarray) -> dict:
    """Wilcoxon signed-rank on paired differences; zero differences are dropped (Wilcoxon).

    p is exact when 1 <= n_nonzero <= 50: from the exact conditional distribution of the
    signed (mid-)ranks when |differences| are tied, else the classical exact table; above 50
    the normal approximation with tie and continuity correction (scipy). Also gives the
    exact sign test and whether every non-zero difference has the same sign.
    """
    diff = np.round(np.asarray(diff, dtype=np.float64), 9)
    nz = diff[diff != 0]
    out: dict = {}
    if len(nz) == 0:
        out.update(w_plus=0.0, w_minus=0.0, n_nonzero=0, p=None, method=None,
                   p_null_reason="every difference is zero", same_direction=False,
                   n_positive=0, n_negative=0)
        put(out, "sign_test_p", None, "every difference is zero")
        return out
    ranks = rankdata(np.abs(nz))
    out["w_plus"] = float(ranks[nz > 0].sum())
    out["w_minus"] = float(ranks[nz < 0].sum())
    out["n_nonzero"] = int(len(nz))
    out["n_positive"] = int((nz > 0).sum())
    out["n_negative"] = int((nz < 0).sum())
    out["same_direction"] = bool(out["n_positive"] == 0 or out["n_negative"] == 0)
    put(out, "sign_test_p", sign_test_p(out["n_positive"], out["n_negative"]))
    absu, counts = np.unique(np.abs(nz), return_counts=True)
    ties = len(absu) < len(nz)
    n = len(nz)
    if n <= WILCOXON_EXACT_MAX_N and not ties:
        out["method"] = "exact"
        put(out, "p", wilcoxon_exact_p(out["w_plus"], n))
        return out
    if n <= WILCOXON_EXACT_MAX_N:
        out["method"] = "exact conditional (ties)"
        put(out, "p", _conditional_signed_rank_p(ranks, out["w_plus"]))
        return out
    # Normal approximation, tie-corrected variance, continuity correction 0.5
    # (the same as scipy.stats.wilcoxon(method="approx", correction=True); see tests).
    mean = n * (n + 1) / 4.0
    var = n * (n + 1) * (2 * n + 1) / 24.0 - ((counts**3 - counts).sum()) / 48.0
    # var > 0 always: sum(t^3 - t) <= n^3 - n, so var >= n(n + 1)(3n + 3)/48.
    out["method"] = "normal approximation (tie and continuity corrected)"
    dev = out["w_plus"] - mean
    z = (dev - 0.5 * np.sign(dev)) / math.sqrt(var)
    put(out, "p", float(min(1.0, 2.0 * special.ndtr(-abs(z)))))
    return out


def mcnemar_exact_p(b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Exact two-sided McNemar p per item: min(1, 2 * P(X <= min(b, c))), X ~ Bin(b+c, 1/2).

    Equals scipy.stats.binomtest(b, b + c).pvalue because Bin(n, 1/2) is symmetric.
    NaN where b + c = 0.
    """
    b = np.asarray(b)
    c = np.asarray(c)
    n = b + c
    with np.errstate(invalid="ignore"):  # n = 0 gives nan, replaced below
        p = np.minimum(1.0, 2.0 * special.bdtr(np.minimum(b, c), n, 0.5))
    return np.where(n > 0, p, np.nan)


def welch_anova(groups: list[np.ndarray]) -> dict:
    """Welch's (1951) heteroscedastic one-way ANOVA; needs >= 2 groups, each n >= 2, SD > 0."""
    out: dict = {}
    k = len(groups)
    if k < 2:
        for key in ("F", "df_between", "df_within", "p"):
            put(out, key, None, "fewer than 2 cohorts with 2 or more matched participants")
        return out
    n = np.array([len(g) for g in groups], dtype=np.float64)
    m = np.array([g.mean() for g in groups])
    v = np.array([g.var(ddof=1) for g in groups])
    if (v <= 0).any():
        for key in ("F", "df_between", "df_within", "p"):
            put(out, key, None, "a cohort's gains have no variance")
        return out
    w = n / v
    wsum = w.sum()
    mw = (w * m).sum() / wsum
    a = (w * (m - mw) ** 2).sum() / (k - 1)
    tmp = (((1 - w / wsum) ** 2) / (n - 1)).sum()
    b = 1 + 2 * (k - 2) / (k**2 - 1) * tmp
    f = a / b
    df2 = (k**2 - 1) / (3 * tmp)
    put(out, "F", f)
    put(out, "df_between", float(k - 1))
    put(out, "df_within", df2)
    put(out, "p", float(special.fdtrc(k - 1, df2, f)))
    return out


def holm(p: list[float]) -> list[float]:
    """Holm (1979) step-down adjusted p-values, in the input order."""
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    adj = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adj[i] = running
    return adj


def compare_groups(names: list[str], groups: list[np.ndarray]) -> dict:
    """Between-cohort tests on matched raw gains (percentage points)."""
    out: dict = {"cohorts": names, "n": [int(len(g)) for g in groups],
                 "sd": [float(g.std(ddof=1)) if len(g) >= 2 else 0.0 for g in groups]}
    k = len(groups)
    anova: dict = {}
    too_few = "fewer than 2 cohorts with 2 or more matched participants"
    allv = np.concatenate(groups) if groups else np.zeros(0)
    if k < 2:
        for key in ("F", "df_between", "df_within", "p", "eta_squared"):
            put(anova, key, None, too_few)
    else:
        grand = allv.mean()
        ss_b = sum(len(g) * (g.mean() - grand) ** 2 for g in groups)
        ss_t = float(((allv - grand) ** 2).sum())
        ss_w = ss_t - ss_b
        put(anova, "df_between", k - 1)
        put(anova, "df_within", len(allv) - k)
        if ss_w <= EPS:
            put(anova, "F", None, "gains do not vary within cohorts")
            put(anova, "p", None, "gains do not vary within cohorts")
        else:
            df_b, df_w = k - 1, len(allv) - k
            f = (ss_b / df_b) / (ss_w / df_w)
            put(anova, "F", float(f))
            put(anova, "p", float(special.fdtrc(df_b, df_w, f)))
        put(anova, "eta_squared", ss_b / ss_t if ss_t > EPS else None, "all gains are equal")
    out["anova"] = anova
    out["welch_anova"] = welch_anova(groups)
    kw: dict = {}
    if k < 2:
        for key in ("H", "df", "p"):
            put(kw, key, None, too_few)
    elif len(np.unique(allv)) < 2:
        for key in ("H", "df", "p"):
            put(kw, key, None, "all gains are equal")
    else:
        # Kruskal-Wallis H on pooled ranks, divided by the tie correction (as scipy.stats.kruskal).
        ranks = rankdata(allv)
        total = len(allv)
        bounds = np.cumsum([0] + [len(g) for g in groups])
        h = 12.0 / (total * (total + 1)) * sum(ranks[a:b].sum() ** 2 / (b - a) for a, b in zip(bounds[:-1], bounds[1:]))
        h -= 3.0 * (total + 1)
        _, ties = np.unique(allv, return_counts=True)
        h /= 1.0 - (ties**3 - ties).sum() / float(total**3 - total)
        put(kw, "H", float(h))
        put(kw, "df", k - 1)
        put(kw, "p", float(special.chdtrc(k - 1, h)))
    out["kruskal"] = kw
    pairs = []
    for i in range(k):
        for j in range(i + 1, k):
            row: dict = {"a": names[i], "b": names[j]}
            a, b = groups[i], groups[j]
            row["difference"] = float(a.mean() - b.mean())  # mean gain of a minus that of b (pp)
            if a.var(ddof=1) == 0 and b.var(ddof=1) == 0:
                put(row, "difference_ci95", None, "neither cohort's gains vary")
                put(row, "t", None, "neither cohort's gains vary")
                put(row, "df", None, "neither cohort's gains vary")
                put(row, "p", None, "neither cohort's gains vary")
            else:
                # Welch's t and Welch-Satterthwaite df (= scipy ttest_ind(equal_var=False)).
                va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
                t = (a.mean() - b.mean()) / math.sqrt(va + vb)
                df = (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))
                put(row, "t", t)
                put(row, "df", df)
                put(row, "p", t_two_sided_p(t, df))
                half = float(special.stdtrit(df, 0.975)) * math.sqrt(va + vb)
                row["difference_ci95"] = [row["difference"] - half, row["difference"] + half]
            pairs.append(row)
    valid = [r for r in pairs if r["p"] is not None]
    for r, adj in zip(valid, holm([r["p"] for r in valid])):
        r["p_holm"] = adj
    for r in pairs:
        if r["p"] is None:
            put(r, "p_holm", None, r["p_null_reason"])
    out["pairwise"] = pairs
    return out


def ancova(pre_groups: list[np.ndarray], post_groups: list[np.ndarray]) -> dict:
    """One-way ANCOVA of post on pre with cohort as the factor (common slope).

    F = ((SSE_reduced − SSE_full)/(k − 1)) / (SSE_full/(N − k − 1)), reduced model post ~ pre,
    full model post ~ pre + cohort (type II; equals statsmodels ``anova_lm(typ=2)``).
    """
    out: dict = {}
    k = len(pre_groups)
    n_all = sum(len(g) for g in pre_groups)
    if k < 2 or n_all - k - 1 < 1:
        for key in ("F", "df_between", "df_within", "p", "slope"):
            put(out, key, None, "fewer than 2 cohorts or too few participants for ANCOVA")
        return out
    x = np.concatenate(pre_groups)
    y = np.concatenate(post_groups)
    lab = np.repeat(np.arange(k), [len(g) for g in pre_groups])
    dummies = (lab[:, None] == np.arange(k)[None, :]).astype(np.float64)
    full = np.column_stack([dummies, x])
    red = np.column_stack([np.ones(n_all), x])
    def sse(X):
        beta, *_ = np.linalg.lstsq(X, y, rcond=None)
        r = y - X @ beta
        return float(r @ r), beta
    sse_f, beta = sse(full)
    sse_r, _ = sse(red)
    df_w = n_all - k - 1
    put(out, "df_between", k - 1)
    put(out, "df_within", df_w)
    put(out, "slope", float(beta[-1]))
    adj = beta[:k] + beta[-1] * x.mean()
    out["adjusted_post_means"] = [float(a) for a in adj]
    if sse_f <= EPS:
        put(out, "F", None, "post-test scores are fitted exactly")
        put(out, "p", None, "post-test scores are fitted exactly")
        return out
    f = ((sse_r - sse_f) / (k - 1)) / (sse_f / df_w)
    put(out, "F", max(0.0, f))
    put(out, "p", float(special.fdtrc(k - 1, df_w, max(0.0, f))))
    return out


def minimum_detectable_effect(n: int, sd_gain: float | None, alpha: float = 0.05, power: float = 0.8) -> float | None:
    """Smallest mean gain (pp) a two-sided paired t-test detects with the given power:
    (t_{1−α/2, n−1} + t_{power, n−1}) · SD/√n (Cohen 1988; Bloom 1995). None when n < 2 or SD is 0/None."""
    if n < 2 or not sd_gain:
        return None
    return float((special.stdtrit(n - 1, 1 - alpha / 2) + special.stdtrit(n - 1, power)) * sd_gain / math.sqrt(n))


def comparison_verdict(comp: dict, alpha: float = 0.05) -> dict:
    """Which omnibus test the verdict follows and whether the cohorts' gains differ.

    Welch's ANOVA when sizes differ or the largest/smallest variance ratio exceeds 1.5,
    else the classical ANOVA. "differ" needs that test's p < alpha and at least one
    Holm-corrected pairwise p < alpha; otherwise "no_clear_difference", or None if untestable.
    """
    ns = comp.get("n", [])
    sds = comp.get("sd", [])
    unequal = len(set(ns)) > 1 or (
        sds and min(sds) > 0 and (max(sds) / min(sds)) ** 2 > 1.5) or (sds and min(sds) == 0)
    test = "welch_anova" if unequal else "anova"
    p = comp.get(test, {}).get("p")
    holm_ok = any(r.get("p_holm") is not None and r["p_holm"] < alpha for r in comp.get("pairwise", []))
    if p is None:
        return {"test": test, "verdict": None}
    return {"test": test, "verdict": "differ" if (p < alpha and holm_ok) else "no_clear_difference"}
