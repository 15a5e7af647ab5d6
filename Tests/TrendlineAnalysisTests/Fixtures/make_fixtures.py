#!/usr/bin/env python3
"""Reference figures for the TrendlineAnalysis forecast tests.

Run from anywhere:

    python3 Tests/TrendlineAnalysisTests/Fixtures/make_fixtures.py

The script re-executes itself inside a virtual environment under /tmp (never in
the repository), installing the packages pinned in requirements.txt beside it,
then writes the JSON fixtures next to itself:

  growth.json       simple growth and CAGR (numpy)
  quantiles.json    Student t and normal quantiles (scipy.stats)
  cagr.json         CAGR extrapolation with random-walk-with-drift intervals (numpy + scipy)
  loglinear.json    OLS of log(value) on time, prediction intervals (statsmodels OLS)
  holt_fixed.json   damped Holt with given parameters (statsmodels Holt) and
                    ETS(A,Ad,N) prediction intervals (statsmodels ETSModel)
  holt_fitted.json  damped Holt with estimated parameters (statsmodels Holt.fit)

All series are invented, economic-looking figures.
"""
import json
import os
import subprocess
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = "/tmp/trendline-fixtures-venv"


def ensure_venv():
    if os.environ.get("TRENDLINE_FIXTURES_VENV") == "1":
        return
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    subprocess.check_call([python, "-m", "pip", "install", "-q", "-r", os.path.join(HERE, "requirements.txt")])
    env = dict(os.environ, TRENDLINE_FIXTURES_VENV="1")
    os.execve(python, [python, os.path.abspath(__file__)] + sys.argv[1:], env)


ensure_venv()

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import scipy  # noqa: E402
import statsmodels  # noqa: E402
import statsmodels.api as sm  # noqa: E402
from scipy import stats  # noqa: E402
from statsmodels.tsa.holtwinters import Holt  # noqa: E402
from statsmodels.tsa.exponential_smoothing.ets import ETSModel  # noqa: E402

warnings.simplefilter("ignore")

HORIZON = 5

# name, times, values (all invented)
SERIES = [
    ("industry_size_5y", [2019, 2020, 2021, 2022, 2023], [3180.0, 3905.0, 4870.0, 5760.0, 7020.0]),
    ("shipments_7y", [2017, 2018, 2019, 2020, 2021, 2022, 2023], [41.2, 48.9, 55.0, 61.8, 73.5, 80.1, 92.7]),
    ("noisy_10y", list(range(2014, 2024)), [120.0, 131.0, 127.5, 149.0, 160.2, 151.7, 178.3, 190.0, 184.4, 212.9]),
    ("three_points", [2021, 2022, 2023], [860.0, 1020.0, 1245.0]),
    ("declining_6y", [2018, 2019, 2020, 2021, 2022, 2023], [2.35, 2.10, 1.96, 1.71, 1.62, 1.48]),
    ("quarterly_12", [2021 + q / 4 for q in range(12)],
     [15.2, 16.8, 17.1, 19.9, 18.6, 20.4, 21.8, 24.5, 22.9, 25.1, 27.6, 30.2]),
    ("uneven_gap", [2018, 2019, 2021, 2022, 2023], [510.0, 560.0, 690.0, 720.0, 805.0]),
    ("flat_then_jump_8y", list(range(2016, 2024)), [98.0, 99.5, 97.8, 101.2, 100.4, 118.0, 131.5, 150.3]),
]

# (series name, alpha, beta (statsmodels Holt convention), phi)
HOLT_FIXED = [
    ("industry_size_5y", 0.8, 0.2, 0.9),
    ("shipments_7y", 0.5, 0.3, 0.95),
    ("noisy_10y", 0.3, 0.1, 0.85),
    ("declining_6y", 0.9, 0.5, 0.98),
    ("quarterly_12", 0.6, 0.05, 0.9),
    ("flat_then_jump_8y", 0.7, 0.4, 0.82),
]


def series(name):
    for n, t, y in SERIES:
        if n == name:
            return np.array(t, dtype=float), np.array(y, dtype=float)
    raise KeyError(name)


def future_times(t):
    step = np.min(np.diff(t))
    return t[-1] + step * np.arange(1, HORIZON + 1)


def growth_fixture():
    pairs = [(3180.0, 7020.0, 4.0), (100.0, 112.5, 1.0), (2.35, 1.48, 5.0), (860.0, 1245.0, 2.0),
             (1.0, 3.0, 2.5), (5000.0, 10000.0, 7.0), (73.5, 80.1, 1.0), (12000.0, 11980.0, 3.0)]
    cases = []
    for a, b, years in pairs:
        cases.append({
            "from": a, "to": b, "years": years,
            "rate": float((np.float64(b) / np.float64(a) - 1.0) * 100.0),
            "cagr": float((np.power(np.float64(b) / np.float64(a), 1.0 / years) - 1.0) * 100.0),
        })
    return {"cases": cases}


def quantile_fixture():
    cases = []
    for df in [1, 2, 3, 4, 5, 7, 10, 15, 30, 100, 2.5]:
        for p in [0.5, 0.6, 0.8, 0.9, 0.95, 0.975, 0.99, 0.995, 0.999, 0.025, 0.1]:
            cases.append({"df": df, "p": p, "t": float(stats.t.ppf(p, df)), "cdf_at_1_5": float(stats.t.cdf(1.5, df))})
    normal = [{"p": p, "z": float(stats.norm.ppf(p))} for p in [0.001, 0.025, 0.1, 0.5, 0.8, 0.9, 0.95, 0.975, 0.999]]
    return {"t": cases, "normal": normal}


def cagr_fixture():
    """CAGR line through first and last points; intervals from a random walk with
    drift on log values (variance per unit time estimated from the gaps)."""
    cases = []
    for name, _, _ in SERIES:
        t, y = series(name)
        span = t[-1] - t[0]
        log_rate = (np.log(y[-1]) - np.log(y[0])) / span
        fitted = y[0] * np.exp(log_rate * (t - t[0]))
        ft = future_times(t)
        h = ft - t[-1]
        center = np.log(y[-1]) + log_rate * h
        gaps = np.diff(t)
        dev = np.diff(np.log(y)) - log_rate * gaps
        df = len(y) - 2
        sigma = float(np.sqrt(np.sum(dev ** 2 / gaps) / df))
        sd = sigma * np.sqrt(h + h ** 2 / span)
        q80, q95 = stats.t.ppf(0.90, df), stats.t.ppf(0.975, df)
        cases.append({
            "name": name, "times": t.tolist(), "values": y.tolist(),
            "rate": float(np.expm1(log_rate) * 100), "sigma": sigma,
            "fitted": fitted.tolist(), "sse": float(np.sum((y - fitted) ** 2)),
            "forecast_times": ft.tolist(), "forecast": np.exp(center).tolist(),
            "lower80": np.exp(center - q80 * sd).tolist(), "upper80": np.exp(center + q80 * sd).tolist(),
            "lower95": np.exp(center - q95 * sd).tolist(), "upper95": np.exp(center + q95 * sd).tolist(),
        })
    # two points: only the rate and the point forecast are defined
    t = np.array([2021.0, 2023.0]); y = np.array([500.0, 720.0])
    log_rate = np.log(y[1] / y[0]) / 2
    ft = t[-1] + 2 * np.arange(1, HORIZON + 1)
    cases.append({"name": "two_points", "times": t.tolist(), "values": y.tolist(),
                  "rate": float(np.expm1(log_rate) * 100), "sigma": None,
                  "fitted": y.tolist(), "sse": 0.0, "forecast_times": ft.tolist(),
                  "forecast": (y[-1] * np.exp(log_rate * (ft - t[-1]))).tolist()})
    return {"cases": cases}


def loglinear_fixture():
    cases = []
    for name, _, _ in SERIES:
        t, y = series(name)
        X = sm.add_constant(t)
        res = sm.OLS(np.log(y), X).fit()
        ft = future_times(t)
        Xf = sm.add_constant(ft, has_constant="add")
        pred = res.get_prediction(Xf)
        f80 = pred.summary_frame(alpha=0.20)
        f95 = pred.summary_frame(alpha=0.05)
        fitted = np.exp(res.fittedvalues)
        cases.append({
            "name": name, "times": t.tolist(), "values": y.tolist(),
            "intercept": float(res.params[0]), "slope": float(res.params[1]),
            "sigma": float(np.sqrt(res.scale)), "r_squared": float(res.rsquared),
            "fitted": fitted.tolist(), "sse": float(np.sum((y - fitted) ** 2)),
            "forecast_times": ft.tolist(), "forecast": np.exp(f95["mean"]).tolist(),
            "lower80": np.exp(f80["obs_ci_lower"]).tolist(), "upper80": np.exp(f80["obs_ci_upper"]).tolist(),
            "lower95": np.exp(f95["obs_ci_lower"]).tolist(), "upper95": np.exp(f95["obs_ci_upper"]).tolist(),
        })
    return {"cases": cases}


def holt_fixed_fixture():
    cases = []
    for name, alpha, beta, phi in HOLT_FIXED:
        t, y = series(name)
        l0 = float(y[0] - (y[1] - y[0]) * 0.5)
        b0 = float((y[-1] - y[0]) / (len(y) - 1))
        mod = Holt(y, damped_trend=True, initialization_method="known", initial_level=l0, initial_trend=b0)
        res = mod.fit(smoothing_level=alpha, smoothing_trend=beta, damping_trend=phi, optimized=False)
        fc = res.forecast(HORIZON)
        # ETS(A,Ad,N) with the same filter: trend smoothing alpha*beta in state-space form
        ets = ETSModel(pd.Series(y), error="add", trend="add", damped_trend=True,
                       initialization_method="known", initial_level=l0, initial_trend=b0)
        with ets.fix_params({"smoothing_level": alpha, "smoothing_trend": alpha * beta, "damping_trend": phi}):
            eres = ets.fit(disp=False)
        n = len(y)
        pred = eres.get_prediction(start=n, end=n + HORIZON - 1)
        f80 = pred.summary_frame(alpha=0.20)
        f95 = pred.summary_frame(alpha=0.05)
        assert np.allclose(np.asarray(eres.fittedvalues), np.asarray(res.fittedvalues), rtol=1e-10)
        cases.append({
            "name": name, "times": t.tolist(), "values": y.tolist(),
            "smoothing_level": alpha, "smoothing_trend": beta, "damping_trend": phi,
            "initial_level": l0, "initial_trend": b0,
            "fitted": np.asarray(res.fittedvalues).tolist(), "sse": float(res.sse),
            "forecast": np.asarray(fc).tolist(),
            "ets_mean": np.asarray(f95["mean"]).tolist(),
            "lower80": np.asarray(f80["pi_lower"]).tolist(), "upper80": np.asarray(f80["pi_upper"]).tolist(),
            "lower95": np.asarray(f95["pi_lower"]).tolist(), "upper95": np.asarray(f95["pi_upper"]).tolist(),
        })
    return {"cases": cases}


def synthetic_series():
    """Seeded damped-trend and random-walk series of several lengths, so the
    estimator is also tested where the optimum is not a fixed trend line."""
    rng = np.random.default_rng(20231124)
    out = []
    for k, n in enumerate([4, 5, 6, 8, 12, 20, 30]):
        level, trend = 100.0 * (k + 1), rng.uniform(-5, 15)
        alpha, beta, phi = rng.uniform(0.3, 0.9), rng.uniform(0.05, 0.4), rng.uniform(0.85, 0.98)
        values = []
        for _ in range(n):
            eps = rng.normal(0, 0.04 * abs(level) + 1)
            y = level + phi * trend + eps
            new_level = level + phi * trend + alpha * eps
            trend = phi * trend + alpha * beta * eps
            level = new_level
            values.append(round(float(y), 2))
        out.append((f"synthetic_{n}", [2000.0 + i for i in range(n)], values))
    return out


def holt_fitted_fixture():
    cases = []
    for name, t, y in SERIES + synthetic_series():
        t, y = np.array(t, dtype=float), np.array(y, dtype=float)
        if len(y) < 4 or len(set(np.round(np.diff(t), 9))) != 1:
            continue
        res = Holt(y, damped_trend=True, initialization_method="estimated").fit()
        cases.append({
            "name": name, "times": t.tolist(), "values": y.tolist(),
            "sse": float(res.sse),
            "smoothing_level": float(res.params["smoothing_level"]),
            "smoothing_trend": float(res.params["smoothing_trend"]),
            "damping_trend": float(res.params["damping_trend"]),
            "initial_level": float(res.params["initial_level"]),
            "initial_trend": float(res.params["initial_trend"]),
        })
    return {"cases": cases}


def main():
    meta = {"numpy": np.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__}
    outputs = {
        "growth.json": growth_fixture(),
        "quantiles.json": quantile_fixture(),
        "cagr.json": cagr_fixture(),
        "loglinear.json": loglinear_fixture(),
        "holt_fixed.json": holt_fixed_fixture(),
        "holt_fitted.json": holt_fitted_fixture(),
    }
    for filename, payload in outputs.items():
        payload = {"generated_by": "make_fixtures.py", "versions": meta, **payload}
        with open(os.path.join(HERE, filename), "w") as fh:
            json.dump(payload, fh, indent=1)
            fh.write("\n")
        print("wrote", filename)


if __name__ == "__main__":
    main()
