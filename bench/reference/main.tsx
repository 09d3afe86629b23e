/**
 * The bench's yardstick: the bare page the issue measures budgets against ("a bare page with
 * one recharts chart and the same libraries takes about 1.0 s here"). React, recharts,
 * react-query and zustand, one bar chart of twenty bars drawn from a query through a store, and
 * nothing of the app. How long it takes on the machine at hand says how fast that machine is
 * running, which the app's own figures are read against (see bench/run.ts). It is built as a
 * bare page would be, with Vite's defaults: none of the app's build settings (compile hints,
 * chunking), which would make it a measure of those rather than of the machine.
 *
 * With `?panels` it draws eight such charts in the four sections the dashboard's panels are
 * (1, 3, 2 and 2 charts, under the same ids): the least time any page drawing the dashboard's
 * charts with recharts can take to draw all four, which the app's "all four panels" is read against.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { create } from 'zustand';

interface Row {
  year: string;
  value: number;
}

const useYears = create<{ from: number; to: number }>(() => ({ from: 2005, to: 2024 }));

function rows(from: number, to: number): Row[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({ year: String(from + i), value: 40 + ((i * 37) % 60) }));
}

function Chart() {
  const from = useYears((s) => s.from);
  const to = useYears((s) => s.to);
  const { data } = useQuery({ queryKey: ['rows', from, to], queryFn: () => Promise.resolve(rows(from, to)) });
  if (!data) return <p>Loading…</p>;
  return (
    <BarChart responsive style={{ width: '100%', height: 320 }} data={data}>
      <CartesianGrid vertical={false} />
      <XAxis dataKey="year" />
      <YAxis />
      <Tooltip />
      <Bar
        dataKey="value"
        fill="#e36414"
        isAnimationActive={false}
        shape={(props: { x?: number; y?: number; width?: number; height?: number }) => (
          <rect className="bar" x={props.x} y={props.y} width={props.width} height={props.height} fill="#e36414" />
        )}
      />
    </BarChart>
  );
}

const PANELS = new URLSearchParams(location.search).has('panels')
  ? ([
      ['shipments', 1],
      ['revenue', 3],
      ['regions', 2],
      ['goals', 2],
    ] as const)
  : null;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <main style={{ maxWidth: 1200, margin: '0 auto', fontFamily: 'system-ui, sans-serif' }}>
        <h1>{PANELS ? 'Eight charts' : 'One chart'}</h1>
        {PANELS ? (
          PANELS.map(([id, charts]) => (
            <section id={id} key={id}>
              {Array.from({ length: charts }, (_, i) => (
                <Chart key={i} />
              ))}
            </section>
          ))
        ) : (
          <Chart />
        )}
      </main>
    </QueryClientProvider>
  </StrictMode>,
);
