package calendar

import "encoding/binary"

// Zones no database has, built as TZif data for the differential tests
// (fast_test.go's hostile zones, seams_test.go's seam zones).

// tzifRule returns a TZif (version 2) zone with the given changes (Unix
// seconds, offset east of UTC) and, after them, the POSIX TZ rule footer.
func tzifRule(off0 int64, changes [][2]int64, footer string) []byte {
	offs := []int64{off0}
	idx := func(o int64) byte {
		for i, x := range offs {
			if x == o {
				return byte(i)
			}
		}
		offs = append(offs, o)
		return byte(len(offs) - 1)
	}
	var types []byte
	for _, c := range changes {
		types = append(types, idx(c[1]))
	}
	header := func(b []byte, version byte, n ...int) []byte {
		b = append(b, "TZif"...)
		b = append(b, version)
		b = append(b, make([]byte, 15)...)
		for _, v := range n {
			b = binary.BigEndian.AppendUint32(b, uint32(v))
		}
		return b
	}
	// An empty version 1 block, then the version 2 block and the footer.
	b := header(nil, '2', 0, 0, 0, 0, 0, 0)
	b = header(b, '2', 0, 0, 0, len(changes), len(offs), 4)
	for _, c := range changes {
		b = binary.BigEndian.AppendUint64(b, uint64(c[0]))
	}
	b = append(b, types...)
	for _, o := range offs {
		b = binary.BigEndian.AppendUint32(b, uint32(int32(o)))
		b = append(b, 0, 0)
	}
	b = append(b, "XYZ\x00"...)
	return append(b, "\n"+footer+"\n"...)
}

// tzif returns a zone with offset off0 (seconds east of UTC) and the given
// changes, without a rule after them.
func tzif(off0 int64, changes []transition) []byte {
	pairs := make([][2]int64, len(changes))
	for i, c := range changes {
		pairs[i] = [2]int64{c.at, c.off}
	}
	return tzifRule(off0, pairs, "")
}
