//! The HTTP server: shared application state, the router, and an accept loop
//! that serves each connection with hyper and can close it abruptly (the
//! `drop` fault). A background ticker advances the state machines and saves
//! the state file.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::response::IntoResponse;
use axum::routing::get;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use time::OffsetDateTime;
use tokio::net::TcpListener;
use tokio::sync::{Notify, oneshot};
use tokio::task::JoinHandle;
use tower::ServiceExt;

use crate::clock::Clock;
use crate::config::Config;
use crate::faults::{ConnKill, Faults};
use crate::lifecycle::Env;
use crate::ratelimit::{Decision, RateLimiter};
use crate::schema::Spec;
use crate::state::World;

/// Everything the handlers share.
#[derive(Debug)]
pub struct App {
    /// Configuration.
    pub cfg: Config,
    /// What the lifecycle checks need.
    pub env: Env,
    /// Simulated clock.
    pub clock: Clock,
    /// Compiled OpenAPI validators.
    pub spec: Arc<Spec>,
    /// The simulated account and DNS.
    pub world: Mutex<World>,
    /// Pending faults.
    pub faults: Mutex<Faults>,
    /// The TLS edge's test PKI and address (`crate::edge`).
    pub edge: crate::edge::Authority,
    limiter: Mutex<RateLimiter>,
    started: Instant,
}

fn relock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

impl App {
    /// Build the state (loading `--state` when the file exists).
    pub fn new(cfg: Config) -> Result<App, String> {
        let spec = Spec::shared()?;
        let clock = Clock::new(OffsetDateTime::now_utc(), cfg.speed);
        let world = match &cfg.state {
            Some(p) if p.exists() => {
                let w = World::load(p)?;
                clock.resume_at(w.saved_at);
                w
            }
            _ => World::new(&cfg, clock.now()),
        };
        let env = Env {
            target: cfg.target(),
            zone_name: cfg.zone_name(),
            apex_ips: cfg.apex_ips.clone(),
        };
        let limiter = RateLimiter::new(cfg.rate_limit, cfg.rate_window);
        let edge = crate::edge::Authority::new(OffsetDateTime::now_utc())?;
        Ok(App {
            edge,
            cfg,
            env,
            clock,
            spec,
            world: Mutex::new(world),
            faults: Mutex::new(Faults::default()),
            limiter: Mutex::new(limiter),
            started: Instant::now(),
        })
    }

    /// Lock the world without advancing it.
    pub fn lock(&self) -> MutexGuard<'_, World> {
        relock(&self.world)
    }

    /// Simulated now.
    pub fn now(&self) -> OffsetDateTime {
        self.clock.now()
    }

    /// Lock the world after advancing every state machine to now.
    pub fn sync(&self) -> (MutexGuard<'_, World>, OffsetDateTime) {
        let now = self.now();
        let mut w = self.lock();
        self.tick_locked(&mut w, now);
        (w, now)
    }

    /// Advance the locked world to `now`.
    pub fn tick_locked(&self, w: &mut World, now: OffsetDateTime) {
        if crate::lifecycle::tick(w, &self.env, now) {
            w.dirty = true;
        }
    }

    fn limiter_now(&self) -> f64 {
        self.started.elapsed().as_secs_f64() + self.clock.advanced_seconds()
    }

    /// Count one API request of `token`.
    pub fn limiter_check(&self, token: &str) -> Decision {
        let now = self.limiter_now();
        relock(&self.limiter).check(token, now)
    }

    /// Current (limit, window seconds).
    pub fn limiter_policy(&self) -> (u32, u64) {
        let l = relock(&self.limiter);
        (l.limit, l.window)
    }

    /// Reset the counters, optionally with a new limit/window.
    pub fn limiter_reset(&self, new: Option<(Option<u32>, Option<u64>)>) -> (u32, u64) {
        let mut l = relock(&self.limiter);
        if let Some((limit, window)) = new {
            *l = RateLimiter::new(limit.unwrap_or(l.limit), window.unwrap_or(l.window));
        }
        l.reset();
        (l.limit, l.window)
    }

    /// Copy of the pending faults.
    pub fn faults_snapshot(&self) -> Faults {
        relock(&self.faults).clone()
    }

    /// Save the state file if there are unsaved changes.
    pub fn save_if_dirty(&self) {
        let Some(path) = &self.cfg.state else { return };
        let now = self.now();
        let mut w = self.lock();
        if w.dirty
            && let Err(e) = w.save(path, now)
        {
            eprintln!("cf-sim: cannot save state: {e}");
        }
    }
}

/// The full router: API, DoH, admin, with faults applied outermost.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .nest("/client/v4", crate::api::router(app.clone()))
        .route(
            "/dns-query",
            get(crate::doh::get)
                .post(crate::doh::post)
                .options(crate::doh::options),
        )
        .nest("/__sim", crate::admin::router())
        .merge(crate::edge::router())
        .fallback(|| async {
            (axum::http::StatusCode::NOT_FOUND, "cf-sim: not found").into_response()
        })
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            crate::faults::middleware,
        ))
        .with_state(app)
}

/// A running simulator.
#[derive(Debug)]
pub struct Running {
    /// Bound address.
    pub addr: SocketAddr,
    /// Shared state (tests inspect it).
    pub app: Arc<App>,
    shutdown: Option<oneshot::Sender<()>>,
    tasks: Vec<JoinHandle<()>>,
}

impl Running {
    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Where the TLS edge listens.
    pub fn edge_addr(&self) -> Option<SocketAddr> {
        self.app.edge.addr.get().copied()
    }

    /// Stop accepting, stop the ticker, save the state.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        for t in self.tasks.drain(..) {
            t.abort();
            let _ = t.await;
        }
        self.app.save_if_dirty();
    }
}

/// Start the simulator on `cfg.listen` (refuses non-loopback addresses).
pub async fn start(cfg: Config) -> Result<Running, String> {
    if !cfg.listen.ip().is_loopback() {
        return Err(format!(
            "refusing to listen on {}: cf-sim serves loopback addresses only",
            cfg.listen
        ));
    }
    if let Some(z) = cfg
        .zones
        .iter()
        .find(|z| z.len() != 32 || !z.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        return Err(format!(
            "--zone {z:?}: a zone id is 32 hexadecimal characters"
        ));
    }
    let listener = TcpListener::bind(cfg.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", cfg.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let edge_listen = cfg.edge_listen;
    let app = Arc::new(App::new(cfg)?);
    let edge = crate::edge::start(&app, edge_listen).await?;
    let router = router(app.clone());
    let (tx, mut rx) = oneshot::channel::<()>();
    let accept = tokio::spawn(async move {
        loop {
            let stream = tokio::select! {
                _ = &mut rx => break,
                acc = listener.accept() => match acc {
                    Ok((s, _)) => s,
                    Err(_) => continue,
                },
            };
            let router = router.clone();
            tokio::spawn(async move {
                let kill = Arc::new(Notify::new());
                let k = kill.clone();
                let svc = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
                    req.extensions_mut().insert(ConnKill(k.clone()));
                    router.clone().oneshot(req.map(Body::new))
                });
                let conn = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), svc);
                tokio::select! {
                    _ = conn => {}
                    _ = kill.notified() => {}
                }
            });
        }
    });
    let ticker_app = app.clone();
    let ticker = tokio::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_millis(100)).await;
            drop(ticker_app.sync());
            ticker_app.save_if_dirty();
        }
    });
    Ok(Running {
        addr,
        app,
        shutdown: Some(tx),
        tasks: vec![accept, ticker, edge],
    })
}
