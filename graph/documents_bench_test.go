package graph_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// BenchmarkDocumentTransfer moves one file through the whole document flow
// (request, browser-style POST, complete with its server-side SHA-256 check,
// download) on each store, for two sizes, streaming on the client side so
// the process's heap shows what the server holds. Reported:
//
//	upload-MiB/s, complete-MiB/s, download-MiB/s  throughput of each step
//	peak-heap-MiB                                  highest heap in use while transferring
//
// scripts/bench-documents.sh runs it several times and prints medians.
func BenchmarkDocumentTransfer(b *testing.B) {
	for _, backend := range testenv.Backends() {
		for _, mib := range []int{10, 50} {
			b.Run(fmt.Sprintf("%s/%dMiB", backend.Name, mib), func(b *testing.B) {
				e := testenv.NewWithStore(b, testdb.Dialect{Name: "sqlite", DSN: testdb.SQLite}, backend.Open(b))
				benchTransfer(b, e, int64(mib)<<20)
			})
		}
	}
}

func benchTransfer(b *testing.B, e *testenv.Env, size int64) {
	staff := e.Login("staff")
	sha := generatedSum(size)
	var up, done, down time.Duration
	peak := watchHeap()
	b.ResetTimer()
	for i := range b.N {
		in := map[string]any{
			"organizationID": testenv.ID(e.Fixture.OrgA), "category": "REPORT",
			"filename": fmt.Sprintf("年度报告-%d.pdf", i), "contentType": "application/pdf", "size": size, "sha256": sha,
		}
		var out struct{ RequestDocumentUpload uploadForm }
		e.MustDo(staff, requestUpload, map[string]any{"in": in}, &out)
		f := out.RequestDocumentUpload

		t0 := time.Now()
		streamUpload(b, e, f, size)
		t1 := time.Now()
		var c struct{ CompleteDocumentUpload doc }
		e.MustDo(staff, completeUpload, map[string]any{"id": f.UploadID}, &c)
		t2 := time.Now()
		var link struct{ Node struct{ DownloadURL string } }
		e.MustDo(staff, downloadURL, map[string]any{"id": c.CompleteDocumentUpload.Current.ID, "inline": false}, &link)
		resp, err := http.Get(absolute(e, link.Node.DownloadURL))
		require.NoError(b, err)
		h := sha256.New()
		n, err := io.Copy(h, resp.Body)
		resp.Body.Close()
		require.NoError(b, err)
		t3 := time.Now()
		require.Equal(b, size, n)
		require.Equal(b, sha, hex.EncodeToString(h.Sum(nil)))
		up, done, down = up+t1.Sub(t0), done+t2.Sub(t1), down+t3.Sub(t2)
	}
	b.StopTimer()
	mib := float64(size*int64(b.N)) / (1 << 20)
	b.ReportMetric(mib/up.Seconds(), "upload-MiB/s")
	b.ReportMetric(mib/done.Seconds(), "complete-MiB/s")
	b.ReportMetric(mib/down.Seconds(), "download-MiB/s")
	b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MiB")
}

// generated is the benchmark's file: a PDF header, then a seeded random
// stream, produced on the fly so no copy of it is ever in memory.
func generated(size int64) io.Reader {
	head := []byte("%PDF-1.7\n")
	return io.MultiReader(
		io.LimitReader(readerOf(head), int64(len(head))),
		io.LimitReader(rand.NewChaCha8([32]byte{1}), size-int64(len(head))))
}

type readerOf []byte

func (r readerOf) Read(p []byte) (int, error) { return copy(p, r), nil }

func generatedSum(size int64) string {
	h := sha256.New()
	_, _ = io.Copy(h, generated(size))
	return hex.EncodeToString(h.Sum(nil))
}

// streamUpload posts the generated file as a browser does: streamed, with
// its Content-Length (S3 refuses a chunked form).
func streamUpload(b *testing.B, e *testenv.Env, f uploadForm, size int64) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, fl := range f.Fields {
		require.NoError(b, w.WriteField(fl.Name, fl.Value))
	}
	_, err := w.CreateFormFile(f.FileField, "file.pdf")
	require.NoError(b, err)
	head := bytes.Clone(buf.Bytes())
	buf.Reset()
	require.NoError(b, w.Close())
	tail := buf.Bytes()

	body := io.MultiReader(bytes.NewReader(head), generated(size), bytes.NewReader(tail))
	req, err := http.NewRequest(f.Method, absolute(e, f.URL), body)
	require.NoError(b, err)
	req.ContentLength = int64(len(head)) + size + int64(len(tail))
	req.Header.Set("Content-Type", w.FormDataContentType())
	resp, err := http.DefaultClient.Do(req)
	require.NoError(b, err)
	msg, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Equal(b, 2, resp.StatusCode/100, "upload: HTTP %d: %s", resp.StatusCode, msg)
}

// watchHeap samples the heap in use every 5 ms until the returned function
// is called, which reports the highest sample.
func watchHeap() func() uint64 {
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		wg.Wait()
		return peak.Load()
	}
}
