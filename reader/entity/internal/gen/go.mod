module lede/reader/entity/internal/gen

go 1.26.7

require github.com/biter777/countries v1.7.5

require lede v0.0.0

// The generator folds keys with the recognizer's own textfold package.
replace lede => ../../../..
