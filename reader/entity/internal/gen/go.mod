module lede/reader/entity/internal/gen

go 1.26

require github.com/biter777/countries v1.7.5
