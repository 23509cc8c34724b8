package topic

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// WriteMatrixMarket writes m in the Matrix Market coordinate format (NIST; read by
// scipy.io.mmread and R's Matrix::readMM): a header line, the size line "rows cols nnz",
// then one "i j value" line per stored entry with 1-based indices, row by row. With
// integer the field is "integer" and values are written rounded, else "real" with the
// shortest representation that reads back exactly.
func WriteMatrixMarket(w io.Writer, m *analysis.CSR, integer bool) error {
	bw := bufio.NewWriter(w)
	field := "real"
	if integer {
		field = "integer"
	}
	fmt.Fprintf(bw, "%%%%MatrixMarket matrix coordinate %s general\n%d %d %d\n", field, m.Rows, m.Cols, m.NNZ())
	buf := make([]byte, 0, 64)
	for i := range m.Rows {
		idx, val := m.Row(i)
		for p, j := range idx {
			buf = strconv.AppendInt(buf[:0], int64(i+1), 10)
			buf = append(buf, ' ')
			buf = strconv.AppendInt(buf, int64(j)+1, 10)
			buf = append(buf, ' ')
			if integer {
				buf = strconv.AppendInt(buf, int64(val[p]+0.5), 10)
			} else {
				buf = strconv.AppendFloat(buf, val[p], 'g', -1, 64)
			}
			buf = append(buf, '\n')
			bw.Write(buf)
		}
	}
	return bw.Flush()
}
